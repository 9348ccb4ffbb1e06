package main

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go tool gqlgen generate
//go:generate go run ./scripts/seriallists graph/generated.go
//go:generate go run ./scripts/leanfields graph/generated.go
