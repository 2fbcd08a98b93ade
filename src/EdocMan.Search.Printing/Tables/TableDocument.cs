namespace EdocMan.Search.Printing.Tables;

/// <summary>A column of a printed table: its header and its share of the page width.</summary>
public sealed record TableColumn(string Header, double Weight);

/// <summary>
/// A table to print on A4 landscape, such as a day of a register (Decree 30/2020, Annex IV): a title,
/// lines under it, the columns, the rows (one string per column), and lines after the table (signatures).
/// </summary>
public sealed record TableDocument(
    string Title,
    IReadOnlyList<string> Subtitles,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string> Footer);
