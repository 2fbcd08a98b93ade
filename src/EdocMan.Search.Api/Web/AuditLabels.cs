using EdocMan.Search.Core.Audit;

namespace EdocMan.Search.Api.Web;

/// <summary>What the audit log page calls each action (<see cref="AuditActions"/>), in the clerks' words.</summary>
public static class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        [AuditActions.Login] = "Đăng nhập",
        [AuditActions.LoginFailed] = "Đăng nhập không thành công",
        [AuditActions.Register] = "Vào sổ văn bản",
        [AuditActions.RegisterRefused] = "Từ chối vào sổ (nội dung không được cập nhật)",
        [AuditActions.RegisterClose] = "Khóa sổ",
        [AuditActions.RegisterCorrect] = "Sửa, đính chính sổ",
        [AuditActions.AccessChange] = "Thay đổi quyền xem văn bản",
        [AuditActions.View] = "Xem văn bản",
        [AuditActions.Download] = "Tải văn bản về",
        [AuditActions.Purge] = "Xóa hẳn văn bản",
        [AuditActions.AccountChange] = "Thay đổi tài khoản",
        [AuditActions.AgencyChange] = "Thay đổi cơ quan, đơn vị",
        [AuditActions.HandlingAssign] = "Phân công xử lý văn bản đến",
        [AuditActions.HandlingWithdraw] = "Thu hồi phân công xử lý",
        [AuditActions.HandlingDone] = "Hoàn thành xử lý văn bản đến",
    };

    /// <summary>The label, or the stored code for actions added later that have no label yet.</summary>
    public static string Of(string action) => Actions.GetValueOrDefault(action, action);
}
