module fib.go: 3 functions, 0 constants, 0 strings, 3 types, globals 0 bytes
native fmt.Println

func main.fib: slots=10 params=1 results=1 line=10
  ptrmap: []
      0    11  LOADI         1 2
      1    11  JLE_I64       1 0 0 X=3              ; -> 4
      3    12  RET           0 1 0
      4    14  ADDI          5 0 255
      5    14  CALL          5 0                    ; main.fib
      6    14  ADDI          9 0 254
      7    14  CALL          9 0                    ; main.fib
      8    14  ADD_I64       1 5 9
      9    14  RET           1 1 0
     10    15  RET           0 1 0

func main.main: slots=12 params=0 results=0 line=17
  ptrmap: [4 6 7 11] zero_on_entry: [4 6 7 11]
      0    18  LOADI         0 0
      1    19  LOADI         1 10
      2    19  LOADI         2 0
      3    19  JLE_I64       1 2 0 X=7              ; -> 10
      5    20  LOADI         6 32
      6    20  CALL          6 0                    ; main.fib
      7    20  ADD_I64       0 0 6
      8    19  INCJLT_I64    2 1 0 X=-3             ; -> 5
     10    22  NEW           7 0                    ; [1]interface {}
     11    22  CONVIFACE     10 0 0 X=2             ; int
     13    22  STORE_IFACE   7 10 0
     14    22  SLICEHDR      7 7 1
     15    22  MOVE3         4 7 0
     16    22  CALLNATIVE    4 0                    ; fmt.Println
     17    23  RET           0 0 0

func main.init: slots=1 params=0 results=0 line=0
  ptrmap: []
      0     0  RET           0 0 0
