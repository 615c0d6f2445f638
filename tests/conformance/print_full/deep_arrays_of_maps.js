console.log([new Map([[1, [new Set([{ deep: { deeper: 1 } }])]]])]);
