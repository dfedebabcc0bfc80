# Media bucket of example.social: S3_BUCKET in env/.env.production.j2.
resource "aws_s3_bucket" "media" {
  bucket = "example-social-media"

  tags = {
    Service = "mastodon"
  }
}

# New buckets default to this since April 2023; kept explicit so nobody flips it back.
resource "aws_s3_bucket_ownership_controls" "media" {
  bucket = aws_s3_bucket.media.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# No ACL can make objects public, but the bucket policy below may.
resource "aws_s3_bucket_public_access_block" "media" {
  bucket = aws_s3_bucket.media.id

  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "media_public_read" {
  bucket = aws_s3_bucket.media.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublicReadGetObject"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.media.arn}/*"
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.media]
}

resource "aws_s3_bucket_lifecycle_configuration" "media" {
  bucket = aws_s3_bucket.media.id

  # Copies of other servers' media: Mastodon fetches them again when needed (cost review, OPS-88).
  rule {
    id     = "expire-remote-cache"
    status = "Enabled"

    filter {
      prefix = "cache/"
    }

    expiration {
      days = 30
    }
  }

  rule {
    id     = "abort-incomplete-multipart-uploads"
    status = "Enabled"

    filter {}

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

# The access key in the vault (vault_mastodon_s3_access_key_id) belongs to this user.
resource "aws_iam_user" "mastodon" {
  name = "mastodon-media"
}

resource "aws_iam_user_policy" "mastodon_media" {
  name = "mastodon-media-rw"
  user = aws_iam_user.mastodon.name

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = aws_s3_bucket.media.arn
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:PutObjectAcl"]
        Resource = "${aws_s3_bucket.media.arn}/*"
      },
    ]
  })
}
