// The prelude's core: JavaScript twins of operations whose slow path
// calls user code. Compiled once per process into the built-ins layer.
