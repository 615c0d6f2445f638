console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(0.1 + 0.2 - 0.3 < Number.EPSILON, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1);
