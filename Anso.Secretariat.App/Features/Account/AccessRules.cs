using System.Security.Claims;
using Anso.Secretariat.App.Components.Shared;
using Microsoft.AspNetCore.Authorization;

namespace Anso.Secretariat.App.Features.Account;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string BoardMember = nameof(BoardMember);
    public const string Viewer = nameof(Viewer);

    public static readonly string[] All = [Administrator, Secretariat, BoardMember, Viewer];

    /// <summary>The role as English reads it ("GB member"), for demo accounts' names and logs.</summary>
    public static string Describe(string role) => role switch
    {
        BoardMember => "GB member",
        _ => role,
    };

    /// <summary>The role in the reader's language ("GB member", "理事会成员"), for the screens.</summary>
    public static string Said(string role) =>
        All.Contains(role) ? StaticText<AccountText>.Get($"Role_{role}") : role;
}

/// <summary>What a service can be asked to do. Each service method demands one of these before it loads anything.</summary>
public enum Operation
{
    ReadRecords,          // applications, organizations, meetings (a GB member sees only what concerns GB meetings)
    ManageApplications,   // record, edit, move through the workflow, attach documents
    ManageOrganizations,  // edit the register, import
    ManageMeetings,       // meetings, participants, agendas, minutes and decisions
    RecordReviewPosition, // a GB member's own position on an application listed for an upcoming GB meeting
    ManageUsers,          // accounts and roles
}

/// <summary>The roles × operations matrix, in one place. Tests run every service operation against it.</summary>
public static class AccessRules
{
    private static readonly Dictionary<string, Operation[]> Allowed = new()
    {
        [Roles.Administrator] = [Operation.ReadRecords, Operation.ManageApplications, Operation.ManageOrganizations, Operation.ManageMeetings, Operation.ManageUsers],
        [Roles.Secretariat] = [Operation.ReadRecords, Operation.ManageApplications, Operation.ManageOrganizations, Operation.ManageMeetings],
        [Roles.BoardMember] = [Operation.ReadRecords, Operation.RecordReviewPosition],
        [Roles.Viewer] = [Operation.ReadRecords],
    };

    public static bool Allows(IEnumerable<string> roles, Operation operation) =>
        roles.Any(r => Allowed.TryGetValue(r, out var ops) && ops.Contains(operation));

    /// <summary>The authorization policy of a page or a part of a screen that needs <paramref name="operation"/>.</summary>
    public static string PolicyFor(Operation operation) => $"Operation:{operation}";

    /// <summary>One policy per operation, each allowing the roles this matrix gives it. Pages and screens ask for these.</summary>
    public static void AddOperationPolicies(AuthorizationOptions options)
    {
        foreach (var operation in Enum.GetValues<Operation>())
            options.AddPolicy(PolicyFor(operation), policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => Allows(context.User.FindAll(ClaimTypes.Role).Select(c => c.Value), operation)));
    }

    /// <summary>Why a role is refused <paramref name="operation"/>, as the services' <see cref="AccessDeniedException"/> says it.</summary>
    public static ServiceRefusal RefusalOf(Operation operation) => operation switch
    {
        Operation.ReadRecords => ServiceRefusal.SignInToSee,
        Operation.ManageApplications => ServiceRefusal.OnlySecretariatChangesApplications,
        Operation.ManageOrganizations => ServiceRefusal.OnlySecretariatChangesRegister,
        Operation.ManageMeetings => ServiceRefusal.OnlySecretariatChangesMeetings,
        Operation.RecordReviewPosition => ServiceRefusal.OnlyBoardMembersReview,
        Operation.ManageUsers => ServiceRefusal.OnlyAdministratorManagesUsers,
        _ => ServiceRefusal.NotAllowed,
    };

    /// <summary>That refusal in English, as the log and the exception's Message carry it.</summary>
    public static string Refusal(Operation operation) => Refusals.Text(Refusals.KeyOf(RefusalOf(operation)), Wording.English);
}

/// <summary>
/// A page that needs an operation: <c>@attribute [Allows(Operation.ManageMeetings)]</c>. Refused, it answers 403 with the
/// "Not allowed" screen. The services check the operation again, with the role read from the database.
/// </summary>
public sealed class AllowsAttribute(Operation operation) : AuthorizeAttribute(AccessRules.PolicyFor(operation))
{
    public Operation Operation { get; } = operation;
}
