namespace Anso.Secretariat.Tests.Scale;

/// <summary>The nginx configuration the README shows is the one the scale tests run (deploy/nginx.conf).</summary>
public class NginxConfigurationTests
{
    [Fact]
    public void Every_line_of_the_READMEs_nginx_configuration_is_in_the_shipped_file()
    {
        var shipped = File.ReadAllLines(NginxProxy.ShippedConfig).Select(l => l.Trim()).ToHashSet();
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(NginxProxy.ShippedConfig))!, "README.md"));
        var start = readme.IndexOf("```nginx", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README shows an nginx configuration");
        var block = readme[(start + "```nginx".Length)..readme.IndexOf("```", start + 8, StringComparison.Ordinal)];
        var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", lines);
        Assert.Contains("hash $anso_route consistent;", lines);
        Assert.All(lines.Where(l => l is not "}" and not "server {" and not "location / {"), line => Assert.Contains(line, shipped));
    }
}
