package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

func main() {
	src, bucket := os.Args[1], os.Args[2]
	client, err := minio.New(os.Getenv("MINIO_ENDPOINT"), &minio.Options{
		Creds:  credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""),
		Secure: true,
	})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	uploaded, same := 0, 0
	filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		key, _ := filepath.Rel(src, path)
		info, _ := d.Info()
		if st, err := client.StatObject(ctx, bucket, key, minio.StatObjectOptions{}); err == nil && st.Size == info.Size() {
			same++
			return nil
		}
		if _, err := client.FPutObject(ctx, bucket, key, path, minio.PutObjectOptions{}); err != nil {
			return err
		}
		uploaded++
		return nil
	})
	fmt.Printf("uploaded %d, unchanged %d\n", uploaded, same)
}
