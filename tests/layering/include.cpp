// Compiled by the layering checks (CMakeLists.txt): includes one header with the include path of
// one stage, to prove that the stage can, or cannot, see it.
#include VAP_LAYER_HEADER
