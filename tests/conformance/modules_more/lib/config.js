const env = { mode: "test", debug: false };
export default Object.freeze(env);
export const keys = Object.keys(env);
