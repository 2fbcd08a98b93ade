using System.Numerics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Tests;

/// <summary>A segment's facet values packed into 64-bit words: every value reads back as it was, none spills into another.</summary>
public sealed class FacetOrdinalsTests
{
    public static TheoryData<int[], int> MaxIds => new()
    {
        // A province: agencies, registers, types, years, signers.
        { [240, 2, 28, 10, 1679], 1 },
        // Facets with no value in the segment still get a bit.
        { [-1, -1, -1, -1, -1], 1 },
        { [0, -1, 5, -1, 0], 1 },
        // Far more values than any province has: more words, never a wrong count.
        { [70_000, 2, 28, 5_000_000, 1 << 20], 2 },
        { [int.MaxValue - 1, int.MaxValue - 1, int.MaxValue - 1, int.MaxValue - 1, int.MaxValue - 1], 3 },
    };

    [Theory]
    [MemberData(nameof(MaxIds))]
    public void Each_facet_reads_back_its_largest_value_and_none_whatever_its_neighbours_hold(int[] maxIds, int expectedWords)
    {
        var (slots, words) = FacetOrdinals.Layout(maxIds);

        Assert.Equal(expectedWords, words);
        Assert.All(slots, s => Assert.InRange(s.Shift + BitOperations.PopCount(s.Mask), 1, 64));
        // Document 0 holds every facet's largest id, document 1 holds none: each read sees only its own bits.
        var rows = new ulong[2 * words];
        for (var f = 0; f < slots.Length; f++)
        {
            rows[slots[f].Word] |= (ulong)(maxIds[f] + 1) << slots[f].Shift;
        }
        for (var f = 0; f < slots.Length; f++)
        {
            Assert.Equal(maxIds[f], slots[f].IdIn(rows, 0));
            Assert.Equal(-1, slots[f].IdIn(rows, words));
        }
    }

    [Fact]
    public void Each_document_reads_the_ids_of_its_own_values_and_none_where_it_has_none()
    {
        using var directory = new RAMDirectory();
        var signers = Enumerable.Range(0, 300).Select(i => $"Người ký {i}").ToArray();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            for (var doc = 0; doc < 1000; doc++)
            {
                var fields = new List<IIndexableField>
                {
                    new SortedDocValuesField(IndexSchema.FacetAgency, new BytesRef($"agency-{doc % 7}")),
                    new SortedDocValuesField(IndexSchema.FacetYear, new BytesRef($"{2015 + doc % 11}")),
                };
                if (doc % 3 != 0)
                {
                    fields.Add(new SortedDocValuesField(IndexSchema.FacetSigner, new BytesRef(signers[doc % signers.Length])));
                }
                writer.AddDocument(fields);
            }
            writer.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(directory);

        var ordinals = FacetOrdinals.For(reader.Leaves[0].AtomicReader);

        var (agency, register, type, year, signer) = (0, 1, 2, 3, 4);
        Assert.Equal(1, ordinals.WordsPerDocument);
        for (var doc = 0; doc < 1000; doc++)
        {
            Assert.Equal(FacetValueIds.ForFacets[agency].IdOf($"agency-{doc % 7}"), ordinals.IdOf(doc, agency));
            Assert.Equal(FacetValueIds.ForFacets[year].IdOf($"{2015 + doc % 11}"), ordinals.IdOf(doc, year));
            Assert.Equal(doc % 3 == 0 ? -1 : FacetValueIds.ForFacets[signer].IdOf(signers[doc % signers.Length]), ordinals.IdOf(doc, signer));
            Assert.Equal(-1, ordinals.IdOf(doc, register));
            Assert.Equal(-1, ordinals.IdOf(doc, type));
        }
    }
}
