namespace EdocMan.Search.Extraction.Tests;

public sealed class SeekableContentTests
{
    [Fact]
    public void A_seekable_stream_is_used_from_its_start_and_its_position_restored()
    {
        var stream = new MemoryStream([1, 2, 3, 4]) { Position = 2 };

        using (var view = SeekableContent.Open(stream))
        {
            Assert.Same(stream, view.Stream);
            Assert.Equal(0, view.Stream.Position);
        }

        Assert.Equal(2, stream.Position);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task A_forward_only_stream_is_copied()
    {
        using var view = await SeekableContent.OpenAsync(TestStreams.NonSeekable([1, 2, 3]), CancellationToken.None);

        Assert.True(view.Stream.CanSeek);
        Assert.Equal(3, view.Stream.Length);
    }

    [Fact]
    public void ReadAllBytes_reads_everything_whatever_the_position()
    {
        var stream = new MemoryStream([1, 2, 3, 4]) { Position = 3 };

        Assert.Equal([1, 2, 3, 4], SeekableContent.ReadAllBytes(stream));
        Assert.Equal(3, stream.Position);
    }

    [Theory]
    [InlineData(0, 2, new byte[] { 1, 2 })]
    [InlineData(-2, 10, new byte[] { 4, 5 })]
    [InlineData(-10, 10, new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(3, 10, new byte[] { 4, 5 })]
    public void ReadRange_clamps_to_the_content(long offset, int count, byte[] expected)
    {
        using var view = SeekableContent.Open(new MemoryStream([1, 2, 3, 4, 5]));

        Assert.Equal(expected, view.ReadRange(offset, count));
    }
}
