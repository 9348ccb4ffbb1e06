package blob

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"time"

	gcblob "gocloud.dev/blob"
	_ "gocloud.dev/blob/s3blob" // s3://
	"gocloud.dev/gcerrors"
)

// Open opens the blob store rawURL names (BLOB_URL):
//
//   - "" : the directory blobs/ in dataDir (the default);
//   - file:///abs/dir : that directory;
//   - s3://bucket?region=…&endpoint=https://…&use_path_style=true : a bucket of S3 or of an
//     S3-compatible object store (MinIO, Garage, Ceph…), shared by several replicas;
//     credentials come from the usual AWS variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
//     or files. The URL's parameters are gocloud.dev/blob/s3blob's.
func Open(ctx context.Context, rawURL, dataDir string) (Store, error) {
	if rawURL == "" {
		return Dir{Root: path.Join(dataDir, "blobs")}, nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	if u.Scheme == "file" {
		if u.Host != "" || u.Path == "" || !path.IsAbs(u.Path) {
			return nil, fmt.Errorf("BLOB_URL %q: file:// needs an absolute path", rawURL)
		}
		return Dir{Root: u.Path}, nil
	}
	return OpenBucket(ctx, rawURL)
}

// Bucket is a blob store in a bucket of an object store, through gocloud.dev/blob: replicas
// that share it serve each other's files. Keys are laid out as in Dir (ab/abcdef…).
type Bucket struct{ b *gcblob.Bucket }

var _ Store = (*Bucket)(nil)

// OpenBucket opens the bucket rawURL names (see Open) and checks that it answers.
func OpenBucket(ctx context.Context, rawURL string) (*Bucket, error) {
	b, err := gcblob.OpenBucket(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	if ok, err := b.IsAccessible(ctx); err != nil || !ok {
		b.Close()
		if err == nil {
			err = errors.New("the bucket does not exist")
		}
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	return &Bucket{b: b}, nil
}

// Close closes the bucket.
func (b *Bucket) Close() error { return b.b.Close() }

func key(sum string) (string, error) {
	if len(sum) != 64 {
		return "", fmt.Errorf("blob: bad key %q", sum)
	}
	if _, err := hex.DecodeString(sum); err != nil {
		return "", fmt.Errorf("blob: bad key %q", sum)
	}
	return sum[:2] + "/" + sum, nil
}

// Put stores r's bytes under their SHA-256. They are spooled to a temporary file first, since
// the key is known only once they are all read; an object store makes an object visible whole
// or not at all.
func (b *Bucket) Put(r io.Reader) (sum string, size int64, err error) {
	ctx := context.Background()
	tmp, err := os.CreateTemp("", "guichet-upload-*")
	if err != nil {
		return "", 0, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	h := sha256.New()
	if size, err = io.Copy(io.MultiWriter(tmp, h), r); err != nil {
		return "", 0, err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	k, _ := key(sum)
	if ok, err := b.b.Exists(ctx, k); err == nil && ok {
		return sum, size, nil
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return "", 0, err
	}
	if err := b.b.Upload(ctx, k, tmp, &gcblob.WriterOptions{ContentType: "application/octet-stream"}); err != nil {
		return "", 0, fmt.Errorf("blob: storing %s: %w", sum, err)
	}
	return sum, size, nil
}

// Get returns a stored blob, read by ranges as it is read and sought (downloads answer range
// requests), or ErrNotFound.
func (b *Bucket) Get(sum string) (File, error) {
	k, err := key(sum)
	if err != nil {
		return nil, ErrNotFound
	}
	attrs, err := b.b.Attributes(context.Background(), k)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("blob: %s: %w", sum, err)
	}
	return &object{b: b.b, key: k, size: attrs.Size, mod: attrs.ModTime}, nil
}

// Has reports whether the blob is stored.
func (b *Bucket) Has(sum string) bool {
	k, err := key(sum)
	if err != nil {
		return false
	}
	ok, err := b.b.Exists(context.Background(), k)
	return err == nil && ok
}

// object is an open blob of a bucket: a read starts a ranged GET at the offset, which a seek
// moves without any request.
type object struct {
	b    *gcblob.Bucket
	key  string
	size int64
	mod  time.Time
	off  int64
	r    *gcblob.Reader
}

func (o *object) Read(p []byte) (int, error) {
	if o.off >= o.size {
		return 0, io.EOF
	}
	if o.r == nil {
		r, err := o.b.NewRangeReader(context.Background(), o.key, o.off, -1, nil)
		if err != nil {
			return 0, err
		}
		o.r = r
	}
	n, err := o.r.Read(p)
	o.off += int64(n)
	return n, err
}

func (o *object) Seek(offset int64, whence int) (int64, error) {
	var next int64
	switch whence {
	case io.SeekStart:
		next = offset
	case io.SeekCurrent:
		next = o.off + offset
	case io.SeekEnd:
		next = o.size + offset
	default:
		return 0, errors.New("blob: bad whence")
	}
	if next < 0 {
		return 0, errors.New("blob: negative position")
	}
	if next != o.off && o.r != nil {
		o.r.Close()
		o.r = nil
	}
	o.off = next
	return next, nil
}

func (o *object) Close() error {
	if o.r != nil {
		return o.r.Close()
	}
	return nil
}

func (o *object) Stat() (fs.FileInfo, error) { return objectInfo{o}, nil }

type objectInfo struct{ o *object }

func (i objectInfo) Name() string       { return path.Base(i.o.key) }
func (i objectInfo) Size() int64        { return i.o.size }
func (i objectInfo) Mode() fs.FileMode  { return 0o444 }
func (i objectInfo) ModTime() time.Time { return i.o.mod }
func (i objectInfo) IsDir() bool        { return false }
func (i objectInfo) Sys() any           { return nil }
