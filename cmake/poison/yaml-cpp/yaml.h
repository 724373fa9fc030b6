// On the include path of lib/render (and of its layering check) before the system's: the render
// stage takes results, never files, and reads no YAML (ARCHITECTURE.md).
#error "lib/render reads no YAML: yaml-cpp is the load stage's (lib/load)"
