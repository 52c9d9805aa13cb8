using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Data.Integrity;
using Anso.Secretariat.App.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Integrity;

/// <summary>The administrator's "Verify the record": the same walk as the <c>verify</c> verb.</summary>
public sealed class IntegrityService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    public async Task<IntegrityReport> VerifyAsync()
    {
        await user.RequireAsync(Operation.ManageUsers);
        await using var db = await dbFactory.CreateDbContextAsync();
        return await ChainVerifier.VerifyAsync(db);
    }
}
