const defaultGreeting = "Xin chào";
export default function greet(name, greeting = defaultGreeting) {
  return `${greeting}, ${name}!`;
}
export const version = "1.0";
