console.log(-0, [-0], { z: -0 }, [0, -0, +0], new Set([-0]), new Map([[-0, -0]]));
console.log(String(-0), `${-0}`, -0 + "", [-0] + "", (-0).toFixed(1));
console.log("%d %i %s", -0, -0, -0);
