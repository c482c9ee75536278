module loop.go: 2 functions, 2 constants, 0 strings, 3 types, globals 0 bytes
native fmt.Println

func main.main: slots=14 params=0 results=0 line=10
  ptrmap: [6 8 9 13] zero_on_entry: [6 8 9 13]
      0    11  LOADI         0 1
      1    12  LOADI         1 0
      2    13  LOADI         2 0
      3    14  LOADI         3 10000
      4    14  LOADI         4 10000
      5    14  LOADK         5 0                    ; K = 100003
      6    14  LOADI         6 7
      7    14  LOADK         7 1                    ; K = 50000
      8    14  LOADI         8 0
      9    14  JLE_I64       3 8 0 X=17             ; -> 26
     11    15  LOADI         9 0
     12    15  JLE_I64       4 9 0 X=11             ; -> 23
     14    16  MUL_I64       12 0 6
     15    16  ADD_I64       11 12 8
     16    16  ADD_I64       10 11 9
     17    16  REM_I64       0 10 5
     18    17  JLE_I64       0 7 0 X=3              ; -> 21
     20    18  ADDI          1 1 1
     21    15  INCJLT_I64    9 4 0 X=-7             ; -> 14
     23    21  ADD_I64       2 2 0
     24    14  INCJLT_I64    8 3 0 X=-13            ; -> 11
     26    23  NEW           9 0                    ; [3]interface {}
     27    23  CONVIFACE     12 0 0 X=2             ; int
     29    23  STORE_IFACE   9 12 0
     30    23  CONVIFACE     12 1 0 X=2             ; int
     32    23  STORE_IFACE   9 12 16
     33    23  CONVIFACE     12 2 0 X=2             ; int
     35    23  STORE_IFACE   9 12 32
     36    23  SLICEHDR      9 9 3
     37    23  MOVE3         6 9 0
     38    23  CALLNATIVE    6 0                    ; fmt.Println
     39    24  RET           0 0 0

func main.init: slots=1 params=0 results=0 line=0
  ptrmap: []
      0     0  RET           0 0 0
