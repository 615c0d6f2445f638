export const shared2 = "two";
export const onlyTwo = 2;
