namespace EdocMan.Search.Extraction.Tests;

/// <summary>Streams that behave like the awkward ones production code meets.</summary>
internal static class TestStreams
{
    /// <summary>A forward-only stream, like a network body.</summary>
    public static Stream NonSeekable(byte[] bytes) => new ForwardOnlyStream(new MemoryStream(bytes));

    /// <summary>A stream whose every read fails, like a file on a dropped network share.</summary>
    public static Stream Failing() => new FailingStream();

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => 1000;
        public override long Position { get; set; }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("The network name is no longer available.");
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => Position = offset;
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
