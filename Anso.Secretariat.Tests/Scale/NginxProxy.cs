using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Anso.Secretariat.Tests.Scale;

/// <summary>
/// Debian's nginx as a local process in front of the app instances, running the repository's own deploy/nginx.conf
/// (the one the README shows): only its ports, upstream servers and certificate paths are replaced. HTTPS on a free
/// loopback port with a self-signed certificate made here; pid, logs and temp files in a temporary folder; stopped by
/// <see cref="Dispose"/>.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private readonly Process process;
    private readonly string mainConfig;

    private NginxProxy(string folder, int port, Process process, string mainConfig)
    {
        Folder = folder;
        Port = port;
        this.process = process;
        this.mainConfig = mainConfig;
    }

    public string Folder { get; }
    public int Port { get; }
    public string BaseUrl => $"https://127.0.0.1:{Port}";
    public string AccessLog => Path.Combine(Folder, "logs", "access.log");
    public string ErrorLog => Path.Combine(Folder, "logs", "error.log");

    public static string Binary => File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";

    /// <summary>The repository's deploy/nginx.conf.</summary>
    public static string ShippedConfig => Path.Combine(RepositoryRoot(), "deploy", "nginx.conf");

    /// <summary>Starts nginx in <paramref name="folder"/> with the shipped configuration pointing at the two instances.</summary>
    public static async Task<NginxProxy> StartAsync(string folder, string firstInstance, string secondInstance)
    {
        foreach (var sub in new[] { "logs", "temp" }) Directory.CreateDirectory(Path.Combine(folder, sub));
        var (certificate, key) = WriteSelfSignedCertificate(folder);
        var port = FreePort();
        var site = Replace(await File.ReadAllTextAsync(ShippedConfig),
            ("listen 443 ssl;", $"listen 127.0.0.1:{port} ssl;"),
            ("listen 80;", $"listen 127.0.0.1:{FreePort()};"),
            ("server 127.0.0.1:5001 ", $"server {HostAndPort(firstInstance)} "),
            ("server 127.0.0.1:5002 ", $"server {HostAndPort(secondInstance)} "),
            ("/etc/ssl/certs/secretariat.example.org.pem", certificate),
            ("/etc/ssl/private/secretariat.example.org.key", key));
        await File.WriteAllTextAsync(Path.Combine(folder, "anso-secretariat.conf"), site);

        var temp = Path.Combine(folder, "temp");
        var main = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(main, $$"""
            # Test wrapper around deploy/nginx.conf: a local nginx in the foreground, everything in {{folder}}.
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/logs/error.log info;
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            events { worker_connections 256; }
            http {
                log_format anso '$remote_addr "$request" $status upstream=$upstream_addr route=$anso_route';
                access_log {{folder}}/logs/access.log anso;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{folder}}/anso-secretariat.conf;
            }
            """);

        var check = Run(["-t", "-p", folder, "-c", main, "-e", Path.Combine(folder, "logs", "error.log")]);
        check.WaitForExit(30_000);
        if (check.ExitCode != 0) throw new InvalidOperationException("nginx -t refused the configuration: " + check.StandardError.ReadToEnd());

        var nginx = Run(["-p", folder, "-c", main, "-e", Path.Combine(folder, "logs", "error.log")]);
        var proxy = new NginxProxy(folder, port, nginx, main);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException) when (DateTime.UtcNow < until && !nginx.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var log = File.Exists(proxy.ErrorLog) ? await File.ReadAllTextAsync(proxy.ErrorLog) : "";
                proxy.Dispose();
                throw new InvalidOperationException($"nginx did not listen on {port}: {log}");
            }
        }
    }

    /// <summary>Fast shutdown through the pid file (master and workers), then waits; a master that stays is killed with its workers.</summary>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            try
            {
                using var stop = Run(["-p", Folder, "-c", mainConfig, "-e", ErrorLog, "-s", "stop"]);
                stop.WaitForExit(10_000);
            }
            catch (Exception) { /* the kill below */ }
            if (!process.WaitForExit(15_000)) process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    private static Process Run(string[] arguments)
    {
        var info = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return Process.Start(info)!;
    }

    private static string Replace(string text, params (string Find, string With)[] replacements)
    {
        foreach (var (find, with) in replacements)
        {
            var count = text.Split(find).Length - 1;
            if (count != 1) throw new InvalidOperationException($"deploy/nginx.conf has '{find}' {count} times; the test replaces it once.");
            text = text.Replace(find, with);
        }
        return text;
    }

    private static string HostAndPort(string url) => new Uri(url).Authority;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (string Certificate, string Key) WriteSelfSignedCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var (certPath, keyPath) = (Path.Combine(folder, "proxy.pem"), Path.Combine(folder, "proxy.key"));
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certPath, keyPath);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Anso.Secretariat.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository's root (Anso.Secretariat.sln) was not found.");
    }
}
