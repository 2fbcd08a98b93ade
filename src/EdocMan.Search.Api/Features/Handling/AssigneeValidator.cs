using EdocMan.Search.Core.Accounts;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>A checked handler of a request: exactly one of unit and account is set.</summary>
internal sealed record ValidAssignee(HandlingRole Role, OrgUnit? Unit, Account? Account, DateOnly Deadline, string? Instruction)
{
    public string Name => Unit?.Name ?? Account!.FullName;
}

/// <summary>
/// Checks the handlers of an assignment request against the agency: units and officials must be the
/// agency's own (and active), each has a deadline not before today, instructions fit the slip.
/// Errors are keyed by field, in Vietnamese.
/// </summary>
internal static class AssigneeValidator
{
    public const int MaxAssignees = 50;
    public const int MaxInstruction = 2000;

    /// <param name="unitId">When a unit head re-assigns: only members of this unit, people only.</param>
    /// <param name="latest">When a unit head re-assigns: the unit's own deadline, which the people's may not pass.</param>
    public static async Task<List<ValidAssignee>> ValidateAsync(
        EdocManDbContext db, int agencyId, AssigneeRequest[]? requested, DateOnly today, Dictionary<string, string[]> errors,
        CancellationToken ct, int? unitId = null, DateOnly? latest = null)
    {
        var items = (requested ?? []).Select(i => i ?? new AssigneeRequest(null, null, null, null, null)).ToArray();
        if (items.Length == 0)
        {
            errors["assignees"] = [unitId is null ? "Chọn đơn vị (người) chủ trì và phối hợp." : "Chọn người xử lý trong đơn vị."];
            return [];
        }
        if (items.Length > MaxAssignees)
        {
            errors["assignees"] = [$"Tối đa {MaxAssignees} đơn vị, người xử lý."];
            return [];
        }
        var unitCodes = items.Select(i => i.Unit?.Trim().ToUpperInvariant()).Where(c => !string.IsNullOrEmpty(c)).ToList();
        var usernames = items.Select(i => i.User?.Trim().ToLowerInvariant()).Where(u => !string.IsNullOrEmpty(u)).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.AgencyId == agencyId && unitCodes.Contains(u.Code)).ToListAsync(ct);
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.AgencyId == agencyId && usernames.Contains(a.Username)).ToListAsync(ct);

        var result = new List<ValidAssignee>();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var key = $"assignees[{i}]";
            var messages = new List<string>();
            var role = unitId is not null ? HandlingRole.Lead : ParseRole(item.Role);
            if (role is null)
            {
                messages.Add("Chọn vai trò: chủ trì hoặc phối hợp.");
            }
            OrgUnit? unit = null;
            Account? account = null;
            var hasUnit = !string.IsNullOrWhiteSpace(item.Unit);
            var hasUser = !string.IsNullOrWhiteSpace(item.User);
            if (hasUnit == hasUser)
            {
                messages.Add("Chọn một đơn vị hoặc một người, không chọn cả hai.");
            }
            else if (hasUnit && unitId is not null)
            {
                messages.Add("Trưởng đơn vị giao việc cho cá nhân trong đơn vị, không giao cho đơn vị khác.");
            }
            else if (hasUnit)
            {
                unit = units.FirstOrDefault(u => u.Code == item.Unit!.Trim().ToUpperInvariant());
                if (unit is null)
                {
                    messages.Add($"Cơ quan không có đơn vị mã “{Short(item.Unit!)}”.");
                }
                else if (unit.HeadAccountId is null)
                {
                    messages.Add($"{unit.Name} chưa có trưởng đơn vị để nhận văn bản; hãy giao cho một người.");
                }
            }
            else
            {
                account = accounts.FirstOrDefault(a => a.Username == item.User!.Trim().ToLowerInvariant());
                if (account is null || account.Disabled)
                {
                    messages.Add($"Cơ quan không có tài khoản đang hoạt động “{Short(item.User!)}”.");
                    account = null;
                }
                else if (unitId is not null && account.UnitId != unitId)
                {
                    messages.Add($"{account.FullName} không thuộc đơn vị được giao.");
                }
            }
            if (item.Deadline is not { } deadline)
            {
                messages.Add("Nhập hạn xử lý.");
            }
            else if (deadline < today)
            {
                messages.Add($"Hạn xử lý {deadline:dd/MM/yyyy} đã qua; hạn sớm nhất là hôm nay ({today:dd/MM/yyyy}).");
            }
            else if (latest is { } max && deadline > max)
            {
                messages.Add($"Hạn xử lý không được muộn hơn hạn của đơn vị ({max:dd/MM/yyyy}).");
            }
            if (item.Instruction is { Length: > MaxInstruction })
            {
                messages.Add($"Ý kiến chỉ đạo tối đa {MaxInstruction} ký tự.");
            }
            if (messages.Count > 0)
            {
                errors[key] = [.. messages];
            }
            else
            {
                result.Add(new ValidAssignee(role!.Value, unit, account, item.Deadline!.Value,
                    string.IsNullOrWhiteSpace(item.Instruction) ? null : item.Instruction.Trim()));
            }
        }
        var repeated = result.GroupBy(a => (a.Unit?.Id, a.Account?.Id)).Where(g => g.Count() > 1).Select(g => g.First().Name).ToList();
        if (repeated.Count > 0)
        {
            errors["assignees"] = [$"Mỗi đơn vị, người chỉ được chọn một lần: {string.Join(", ", repeated)}."];
        }
        return result;
    }

    /// <summary>All field errors as one sentence, for the ProblemDetails detail a clerk reads.</summary>
    public static string Summary(Dictionary<string, string[]> errors) =>
        string.Join(" ", errors.Values.SelectMany(v => v).Distinct());

    private static HandlingRole? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "lead" or "chutri" or "chủ trì" => HandlingRole.Lead,
        "cohandler" or "phoihop" or "phối hợp" => HandlingRole.CoHandler,
        _ => null,
    };

    private static string Short(string s) => s.Length <= 40 ? s.Trim() : s[..40] + "…";
}
