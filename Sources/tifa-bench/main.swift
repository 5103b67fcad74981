print("tifa-bench")
