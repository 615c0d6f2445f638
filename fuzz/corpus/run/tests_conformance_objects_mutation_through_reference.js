function addTag(obj, tag) {
  obj.tags = obj.tags || [];
  obj.tags.push(tag);
  return obj;
}
const post = { title: "x" };
addTag(post, "a");
addTag(post, "b");
console.log(post);
const same = addTag(post, "c");
console.log(same === post, post.tags.length);
