package blob

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Open opens the blob store rawURL names (BLOB_URL):
//
//   - "" : the directory blobs/ in dataDir (the default);
//   - file:///abs/dir : that directory;
//   - s3://bucket?region=…&endpoint=https://…&use_path_style=true : a bucket of S3 or of an
//     S3-compatible object store (MinIO, Garage, Ceph…), shared by several replicas (see
//     OpenBucket for its parameters and credentials).
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

// Bucket is a blob store in a bucket of an S3-compatible object store: replicas that share it
// serve each other's files. Keys are laid out as in Dir (ab/abcdef…). It speaks S3 through
// minio-go, a small client (the AWS SDK weighed 4.5 MB of the binary).
type Bucket struct {
	c      *minio.Client
	t      *http.Transport
	bucket string
}

var _ Store = (*Bucket)(nil)

// OpenBucket opens the bucket rawURL names and checks that it answers. The URL's parameters are
// those gocloud.dev's s3blob read before, which Guichet used until then:
//
//   - region: the bucket's region (else AWS_REGION or AWS_DEFAULT_REGION, else asked of S3);
//   - endpoint: an S3-compatible server's base URL (https://host:port), instead of AWS's;
//   - use_path_style=true: bucket in the path (host/bucket/key) rather than in the host name,
//     as most S3-compatible servers want;
//   - disable_https=true: plain HTTP to an endpoint given without a scheme, or to AWS;
//   - profile: the profile of the AWS shared files to read credentials from;
//   - anonymous=true: unsigned requests (a public bucket).
//
// Credentials are the AWS SDK's usual ones, in its order: AWS_ACCESS_KEY_ID and
// AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), the shared files (~/.aws/credentials and
// config, AWS_PROFILE), then the container's, web identity's (EKS) or EC2 instance's role.
func OpenBucket(ctx context.Context, rawURL string) (*Bucket, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	if u.Scheme != "s3" || u.Host == "" {
		return nil, fmt.Errorf("BLOB_URL %q: file:///abs/dir or s3://bucket?… expected", rawURL)
	}
	q := u.Query()
	for k := range q {
		switch k {
		case "region", "endpoint", "use_path_style", "disable_https", "profile", "anonymous":
		default:
			return nil, fmt.Errorf("BLOB_URL %q: unknown parameter %q", rawURL, k)
		}
	}
	flag := func(name string) (bool, error) {
		switch v := q.Get(name); v {
		case "", "false":
			return false, nil
		case "true":
			return true, nil
		default:
			return false, fmt.Errorf("BLOB_URL %q: %s=%q, true or false expected", rawURL, name, v)
		}
	}
	pathStyle, err := flag("use_path_style")
	if err != nil {
		return nil, err
	}
	noHTTPS, err := flag("disable_https")
	if err != nil {
		return nil, err
	}
	anonymous, err := flag("anonymous")
	if err != nil {
		return nil, err
	}
	host, secure := "s3.amazonaws.com", !noHTTPS
	if e := q.Get("endpoint"); e != "" {
		host = e
		if strings.Contains(e, "://") {
			eu, err := url.Parse(e)
			if err != nil || (eu.Scheme != "http" && eu.Scheme != "https") || eu.Host == "" || strings.Trim(eu.Path, "/") != "" {
				return nil, fmt.Errorf("BLOB_URL %q: endpoint %q: http(s)://host[:port] expected", rawURL, e)
			}
			host, secure = eu.Host, eu.Scheme == "https"
		}
	}
	region := q.Get("region")
	if region == "" {
		region = os.Getenv("AWS_REGION")
	}
	if region == "" {
		region = os.Getenv("AWS_DEFAULT_REGION")
	}
	creds := credentials.NewChainCredentials([]credentials.Provider{
		&credentials.EnvAWS{},
		&credentials.FileAWSCredentials{Profile: q.Get("profile")},
		&credentials.IAM{},
	})
	if anonymous {
		creds = credentials.NewStatic("", "", "", credentials.SignatureAnonymous)
	}
	lookup := minio.BucketLookupDNS
	if pathStyle {
		lookup = minio.BucketLookupPath
	}
	t, err := minio.DefaultTransport(secure)
	if err != nil {
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	c, err := minio.New(host, &minio.Options{Creds: creds, Secure: secure, Region: region, BucketLookup: lookup, Transport: t})
	if err != nil {
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	b := &Bucket{c: c, t: t, bucket: u.Host}
	ok, err := c.BucketExists(ctx, b.bucket)
	if err != nil || !ok {
		if err == nil {
			err = errors.New("the bucket does not exist")
		}
		b.Close()
		return nil, fmt.Errorf("BLOB_URL: %w", err)
	}
	return b, nil
}

// Close lets go of the client's idle connections.
func (b *Bucket) Close() error {
	b.t.CloseIdleConnections()
	return nil
}

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
	if _, err := b.c.StatObject(ctx, b.bucket, k, minio.StatObjectOptions{}); err == nil {
		return sum, size, nil
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return "", 0, err
	}
	if _, err := b.c.PutObject(ctx, b.bucket, k, tmp, size, minio.PutObjectOptions{ContentType: "application/octet-stream"}); err != nil {
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
	info, err := b.c.StatObject(context.Background(), b.bucket, k, minio.StatObjectOptions{})
	if minio.ToErrorResponse(err).StatusCode == http.StatusNotFound {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("blob: %s: %w", sum, err)
	}
	return &object{b: b, key: k, size: info.Size, mod: info.LastModified}, nil
}

// Has reports whether the blob is stored.
func (b *Bucket) Has(sum string) bool {
	k, err := key(sum)
	if err != nil {
		return false
	}
	_, err = b.c.StatObject(context.Background(), b.bucket, k, minio.StatObjectOptions{})
	return err == nil
}

// object is an open blob of a bucket: a read starts a ranged GET at the offset, which a seek
// moves without any request.
type object struct {
	b    *Bucket
	key  string
	size int64
	mod  time.Time
	off  int64
	r    io.ReadCloser
}

func (o *object) Read(p []byte) (int, error) {
	if o.off >= o.size {
		return 0, io.EOF
	}
	if o.r == nil {
		var opts minio.GetObjectOptions
		if o.off > 0 {
			if err := opts.SetRange(o.off, 0); err != nil {
				return 0, err
			}
		}
		r, err := o.b.c.GetObject(context.Background(), o.b.bucket, o.key, opts)
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
