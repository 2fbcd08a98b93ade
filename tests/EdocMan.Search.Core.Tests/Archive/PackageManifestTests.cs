using System.Text;
using EdocMan.Search.Core.Archive;

namespace EdocMan.Search.Core.Tests.Archive;

public sealed class PackageManifestTests
{
    private static readonly string HashA = PackageManifest.Sha256("a"u8);
    private static readonly string HashB = PackageManifest.Sha256("b"u8);

    [Fact]
    public void Writes_sha256sum_lines_sorted_and_reads_them_back()
    {
        var text = PackageManifest.Write(new Dictionary<string, string> { ["b/2.xml"] = HashB, ["a/1.pdf"] = HashA });
        Assert.Equal($"{HashA}  a/1.pdf\n{HashB}  b/2.xml\n", text);
        Assert.Equal("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", HashA);
        var (hashes, errors) = PackageManifest.Parse(text);
        Assert.Empty(errors);
        Assert.Equal(HashA, hashes["a/1.pdf"]);
        Assert.Equal(HashB, hashes["b/2.xml"]);
    }

    [Fact]
    public void Malformed_and_repeated_lines_are_reported()
    {
        var (hashes, errors) = PackageManifest.Parse($"{HashA}  a.pdf\nnot a hash  b.pdf\n{HashA}  a.pdf\n");
        Assert.Single(hashes);
        Assert.Equal(2, errors.Count);
        Assert.Contains("dòng 2", errors[0].Problem);
        Assert.Equal("a.pdf", errors[1].Entry);
    }

    [Fact]
    public void A_changed_missing_unreadable_or_extra_entry_is_named()
    {
        var manifest = new Dictionary<string, string> { ["ok.pdf"] = HashA, ["changed.xml"] = HashA, ["gone.pdf"] = HashA, ["broken.pdf"] = HashA };
        var found = new Dictionary<string, string?>
        {
            ["ok.pdf"] = HashA, ["changed.xml"] = HashB, ["broken.pdf"] = null, ["extra.txt"] = HashB,
            [PackageManifest.EntryName] = HashB,
        };
        var mismatches = PackageManifest.Compare(manifest, found);
        Assert.Equal(["broken.pdf", "changed.xml", "gone.pdf", "extra.txt"], mismatches.Select(m => m.Entry));
        Assert.Contains("SHA-256", mismatches[1].Problem);
        Assert.Contains("không có trong gói", mismatches[2].Problem);
        Assert.Contains("không có trong bảng kê", mismatches[3].Problem);
        Assert.Empty(PackageManifest.Compare(manifest.Where(m => m.Key == "ok.pdf").ToDictionary(), new Dictionary<string, string?> { ["ok.pdf"] = HashA.ToUpperInvariant() }));
    }
}
