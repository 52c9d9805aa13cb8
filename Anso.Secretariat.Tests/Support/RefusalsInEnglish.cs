using System.Runtime.CompilerServices;
using Anso.Secretariat.App;
using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.Tests.Support;

/// <summary>
/// Tests of the domain alone read a refusal's English <see cref="Exception.Message"/> as the app logs it: the app's
/// wording is installed before any test runs, as the app installs it before any of its own code runs.
/// </summary>
internal static class RefusalsInEnglish
{
    [ModuleInitializer]
    internal static void Install() => DomainException.SayInEnglish = Refusals.InEnglish;
}
