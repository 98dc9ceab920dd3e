package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

func main() {
	dir := flag.String("dir", "./out", "local folder")
	bucket := flag.String("bucket", "artifacts", "bucket name")
	flag.Parse()
	client, err := minio.New(os.Getenv("MINIO_ENDPOINT"), &minio.Options{
		Creds:  credentials.NewStaticV4(os.Getenv("MINIO_ACCESS_KEY"), os.Getenv("MINIO_SECRET_KEY"), ""),
		Secure: true,
	})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	err = filepath.WalkDir(*dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		key, _ := filepath.Rel(*dir, path)
		key = filepath.ToSlash(key)
		if _, err := client.StatObject(ctx, *bucket, key, minio.StatObjectOptions{}); err == nil {
			return nil // already there
		}
		_, err = client.FPutObject(ctx, *bucket, key, path, minio.PutObjectOptions{})
		if err == nil {
			fmt.Println("uploaded", key)
		}
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
