module structs.go: 5 functions, 0 constants, 1 strings, 7 types, globals 0 bytes

func main.Vec.Sum: slots=4 params=1 results=1 line=7
  ptrmap: [0]
      0     7  LOAD_64       2 0 0
      1     7  LOAD_64       3 0 8
      2     7  ADD_I64       1 2 3
      3     7  RET           1 1 0
      4     7  RET           0 1 0

func main.(*Vec).Scale: slots=3 params=2 results=0 line=9
  ptrmap: [0]
      0    10  LOAD_64       2 0 0
      1    10  MUL_I64       2 2 1
      2    10  STORE_64      0 2 0
      3    11  LOAD_64       2 0 8
      4    11  MUL_I64       2 2 1
      5    11  STORE_64      0 2 8
      6    12  RET           0 0 0

func main.main: slots=7 params=0 results=0 line=14
  ptrmap: [0 1 2 5 6] zero_on_entry: [0 1 2 5 6]
      0    15  NEW           0 0                    ; main.Vec
      1    15  LOADI         1 1
      2    15  STORE_64      0 1 0
      3    15  LOADI         1 2
      4    15  STORE_64      0 1 8
      5    16  BOX           1 0 0 X=0              ; main.Vec
      7    17  MOVE          5 1 0
      8    17  LOADI         6 3
      9    17  CALL          5 1                    ; main.(*Vec).Scale
     10    18  MOVE          2 0 0
     11    19  LOADI         3 10
     12    19  STORE_64      2 3 0
     13    20  BOX           6 0 0 X=0              ; main.Vec
     15    20  CALL          6 0                    ; main.Vec.Sum
     16    20  PRINT         6 0 0 X=1              ; int
     18    20  PRINTSP
     19    20  BOX           6 1 0 X=0              ; main.Vec
     21    20  CALL          6 0                    ; main.Vec.Sum
     22    20  PRINT         6 0 0 X=1              ; int
     24    20  PRINTSP
     25    20  EQ_MEM        3 0 1 X=0              ; main.Vec
     27    20  PRINT         3 0 0 X=2              ; bool
     29    20  PRINTNL
     30    21  RET           0 0 0

func main.init: slots=1 params=0 results=0 line=0
  ptrmap: []
      0     0  RET           0 0 0

func main.(*Vec).Sum: slots=6 params=1 results=1 line=5
  ptrmap: [0 2 4 5] zero_on_entry: [2 4 5]
      0     5  LOADI         1 0
      1     5  JNE_I64       0 1 0 X=6              ; -> 7
      3     5  LOADSTR       2 0                    ; "value method main.Vec.Sum called using n..."
      4     5  CONVIFACE     4 2 0 X=5              ; string
      6     5  PANIC         4 0 0
      7     5  NILCHECK      0 0 0
      8     5  BOX           4 0 0 X=0              ; main.Vec
     10     5  CALL          4 0                    ; main.Vec.Sum
     11     5  RET           4 1 0
