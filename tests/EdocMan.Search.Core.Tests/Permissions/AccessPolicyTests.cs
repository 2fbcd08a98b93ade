using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Permissions;

namespace EdocMan.Search.Core.Tests.Permissions;

public sealed class AccessPolicyTests
{
    private static DocumentAccessFacts Facts(RegisterKind register, bool published = false, string[]? recipients = null) =>
        new("gtvt", register, published, UploadedBy: 7, recipients ?? [], [], [], []);

    private static bool Sees(DocumentAccessFacts facts, string agency, int id, params string[] roles) =>
        AccessPolicy.Allows(AccessPolicy.ForDocument(facts), AccessPolicy.ForUser(agency, roles, id));

    [Theory]
    [InlineData(Roles.Clerk, true)]
    [InlineData(Roles.Leader, true)]
    [InlineData(Roles.AgencyAdmin, true)]
    [InlineData(Roles.Specialist, false)]
    [InlineData(Roles.Archivist, false)]
    [InlineData(Roles.SystemAdmin, false)]
    public void Incoming_mail_reaches_those_who_run_the_registers(string role, bool sees) =>
        Assert.Equal(sees, Sees(Facts(RegisterKind.Incoming), "gtvt", 1, role));

    [Theory]
    [InlineData(RegisterKind.Outgoing)]
    [InlineData(RegisterKind.Internal)]
    public void Every_member_sees_what_the_agency_issues(RegisterKind register)
    {
        Assert.True(Sees(Facts(register), "gtvt", 1, Roles.Specialist));
        Assert.False(Sees(Facts(register), "tttt", 1, Roles.Clerk));
    }

    [Fact]
    public void An_incoming_document_reaches_a_specialist_who_handles_it_and_no_other()
    {
        var assigned = Facts(RegisterKind.Incoming) with { Handlers = [42] };
        Assert.True(Sees(assigned, "gtvt", 42, Roles.Specialist));
        Assert.False(Sees(assigned, "gtvt", 43, Roles.Specialist));
        Assert.False(Sees(Facts(RegisterKind.Incoming), "gtvt", 42, Roles.Specialist));
    }

    [Fact]
    public void Recipients_see_sent_documents_as_their_incoming_mail()
    {
        var sent = Facts(RegisterKind.Outgoing, recipients: ["tttt"]);
        Assert.True(Sees(sent, "tttt", 2, Roles.Clerk));
        Assert.False(Sees(sent, "tttt", 2, Roles.Specialist));
    }

    [Fact]
    public void The_uploader_and_published_documents_are_seen_by_them_and_everyone()
    {
        Assert.True(Sees(Facts(RegisterKind.Incoming), "gtvt", 7, Roles.Specialist));
        Assert.True(Sees(Facts(RegisterKind.Incoming, published: true), "maison", 3, Roles.Specialist));
    }

    [Theory]
    [InlineData(RegisterKind.Outgoing, "31/2014/QĐ-UBND", "QĐ", "UBND tỉnh Sơn La", true)]
    [InlineData(RegisterKind.Incoming, "31/2014/QĐ-UBND", "QĐ", "UBND tỉnh Sơn La", false)]
    [InlineData(RegisterKind.Outgoing, "15/QĐ-SGTVT", "QĐ", "Sở Giao thông vận tải", false)]
    [InlineData(RegisterKind.Outgoing, "05/CT-UBND", "CT", "UBND tỉnh Sơn La", true)]
    [InlineData(RegisterKind.Outgoing, "05/CT-UBND", "CT", "UBND huyện Mai Sơn", false)]
    [InlineData(RegisterKind.Outgoing, null, null, null, false)]
    public void Legal_normative_documents_and_provincial_directives_are_published_by_default(
        RegisterKind register, string? number, string? type, string? issuer, bool published) =>
        Assert.Equal(published, AccessPolicy.PublishedByDefault(register, number, type, issuer));
}
