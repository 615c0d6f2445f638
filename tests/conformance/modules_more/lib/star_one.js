export const shared1 = "one";
export const onlyOne = 1;
