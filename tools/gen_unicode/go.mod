module vitro/tools/gen_unicode

go 1.19
