// Finds the first unknown field of a request, walking the shape that src/wasm/strict.rs sends
// once. serde-wasm-bindgen reads only the fields a struct names, so this check comes first.
let SHAPE = null;

export function setShape(shape) {
  SHAPE = shape;
}

// Returns null, or [path, key, allowed fields] of the first unknown field.
export function unknownField(value) {
  return walk(value, SHAPE, "");
}

function walk(value, shape, path) {
  if (shape === null || typeof value !== "object" || value === null || Array.isArray(value)) return null;
  for (const key of Object.keys(value)) {
    const here = path === "" ? key : `${path}.${key}`;
    if (!Object.prototype.hasOwnProperty.call(shape.fields, key)) return [here, key, Object.keys(shape.fields)];
    const child = shape.fields[key];
    if (child === null) continue;
    const v = value[key];
    if (child.list) {
      if (!Array.isArray(v)) continue;
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], child.item, `${here}[${i}]`);
        if (found !== null) return found;
      }
    } else {
      const found = walk(v, child, here);
      if (found !== null) return found;
    }
  }
  return null;
}
