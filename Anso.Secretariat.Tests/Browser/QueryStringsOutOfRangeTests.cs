using System.Net;
using Anso.Secretariat.App.Features.Account;

namespace Anso.Secretariat.Tests.Browser;

/// <summary>
/// A list page's address is its filter, and anyone can type one: a value out of range or of the wrong kind is ignored
/// (the page opens unfiltered on it, with a 200), never an error page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QueryStringsOutOfRangeTests(AppFixture app)
{
    [Theory]
    [InlineData("/applications?state=Nonsense&category=-5&country=ZZZ&meeting=-1")]
    [InlineData("/applications?category=abc&meeting=99999999999")]
    [InlineData("/applications?state=999&meeting=2147483647")]
    [InlineData("/organizations?admitted=-5")]
    [InlineData("/organizations?admitted=99999&admittedBy=-3")]
    [InlineData("/organizations?admitted=abc&admittedBy=99999999999&category=x&status=Nonsense&region=Atlantis&country=%00")]
    [InlineData("/organizations?status=999&category=-1")]
    [InlineData("/meetings?year=99999")]
    [InlineData("/meetings?year=-1&body=Nonsense")]
    [InlineData("/meetings?year=abc&body=999")]
    [InlineData("/decisions?year=99999&meeting=-3&outcome=Nonsense&body=Nonsense")]
    [InlineData("/decisions?year=abc&meeting=abc&outcome=999&body=999")]
    [InlineData("/decisions?year=-1&meeting=99999999999")]
    [InlineData("/search?q=%00%00")]
    [InlineData("/meetings/1?tab=nonsense")]
    public async Task A_list_page_with_a_filter_out_of_range_still_opens(string address)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
        };
        await HttpAccessTests.SignInAsync(client, AccountSeeder.DemoUserNames[Roles.Secretariat], app.Passwords[Roles.Secretariat]);

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Something went wrong", html); // the error boundary's message, also answered with a 200
        Assert.Contains("<main", html);
    }
}
