console.log(JSON.stringify({ "tên": "Lan", "tuổi": 20, "địa chỉ": { "thành phố": "Huế" } }, null, 2));
