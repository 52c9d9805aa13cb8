using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// Demo data taken from the ANSO newsletters in shared/reference, loaded through the domain's own
/// constructors and methods, so every application has a history the workflow table allows.
/// </summary>
/// <remarks>
/// Sources, cited in the comments below:
/// <list type="bullet">
/// <item>[NL 2019a] reference/001: first newsletter, spring 2019 (launch, 1st GA and 1st GB);</item>
/// <item>[NL 2019b] reference/004: 1st Working Group Meeting, 13-14 May 2019;</item>
/// <item>[NL 2019c] reference/002: Issue No. 3, August 2019;</item>
/// <item>[NL 2019d] reference/000: Issue No. 5, December 2019 (2nd GB, the 15 endorsed applications);</item>
/// <item>[NL 2024] reference/003: Issue No. 25, December 2024 (9th GB).</item>
/// </list>
/// Where the newsletters are silent, a few facts come from ANSO's and its members' public pages (cited with
/// their address). Everything else is invented for the demo and says so: the applications after 2019
/// (the newsletters do not name the nine the 9th GB endorsed) and the two planned meetings. Real
/// institutions named in those invented applications are there for realism only; their demo states say
/// nothing about their real status. Applications that end badly use fictional organizations.
/// </remarks>
public static class DemoData
{
    public const string Secretariat = "ANSO Secretariat";

    private const string Academies = "National Academies";
    private const string International = "International Organizations";
    private const string Institutes = "National Research Institutes and Agencies";
    private const string Universities = "Universities";

    /// <summary>Where the demo's history happened: the secretariat in Beijing, whatever zone the app is set to.</summary>
    private static readonly TimeZoneInfo Beijing = SecretariatTime.FindZone(SecretariatTime.DefaultZoneId);

    private const string RecommendEndorsement = "Eligible under the ANSO Statutes; the Secretariat recommends endorsement.";

    /// <param name="NativeName">The official name in the organization's own script, given only where it is certain.</param>
    private sealed record Org(string Name, string? Acronym, string Country, string Category, string? NativeName = null);

    private sealed record Rep(string Organization, string Name, string? Position);

    private sealed record Applicant(Org Org, DateOnly ReceivedOn, string Summary, string? Recommendation = RecommendEndorsement);

    // ------------------------------------------------------------------------------------------------
    // Members recorded as existing (before the applications modelled here)
    // ------------------------------------------------------------------------------------------------

    // [NL 2019a]: "founded by the Chinese Academy of Sciences and 36 other international science and education
    // institutions", launched on 4 November 2018. 37 founders + the 15 endorsed at the 2nd GB = the "52 members
    // in the end of 2019" [NL 2019d], so the GB organizations at the 2nd GB were founders too.
    private static readonly DateOnly FoundedOn = new(2018, 11, 4);

    private static readonly Org[] Founders =
    [
        // The seven GB organizations in the photo caption of the 2nd GB [NL 2019d].
        // Names in their own scripts (these and the three academies below) as the organizations write them (issue 15).
        new("Chinese Academy of Sciences", "CAS", "CN", Academies, "中国科学院"),
        new("National Science and Technology Development Agency", "NSTDA", "TH", Institutes, "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ"),
        new("National Academy of Sciences of the Republic of Kazakhstan", "NAS RK", "KZ", Academies),
        new("Pakistan Academy of Sciences", "PAS", "PK", Academies),
        new("Russian Academy of Sciences", "RAS", "RU", Academies, "Российская академия наук"),
        new("Hungarian Academy of Sciences", "MTA", "HU", Academies),
        new("Tribhuvan University", "TU", "NP", Universities, "त्रिभुवन विश्वविद्यालय"),
        // [NL 2024]: "The Romanian Academy, as one of the ANSO Founding Members".
        new("Romanian Academy", "RA", "RO", Academies),
        // GB members at the 9th GB [NL 2024] that the newsletters do not date. They are founders according to
        // the Hungarian Academy (https://mta.hu/english/hungarian-academy-of-sciences-to-be-member-of-governing-board-of-anso-for-two-more-years-111089:
        // "the Brazilian ... academies", "the National Research Centre, Egypt", "TUBITAK") and to ANSO for
        // MAS ("a founding and GB member", http://www.anso.org.cn/news/anso/202504/t20250429_833153.html).
        new("Brazilian Academy of Sciences", "ABC", "BR", Academies),
        new("Scientific and Technological Research Council of Türkiye", "TÜBİTAK", "TR", Institutes),
        new("Mongolian Academy of Sciences", "MAS", "MN", Academies, "Монгол Улсын Шинжлэх Ухааны Академи"),
        new("National Research Centre", "NRC", "EG", Institutes),
    ];

    // A GB member at the 9th GB [NL 2024] whose date of joining no source here gives. Assumed: admitted at the
    // 2nd GA, which approved every application since 2018 and elected the GB.
    private static readonly Org Ansts = new("National Academy of Science and Techniques of Senegal", "ANSTS", "SN", Academies);
    private static readonly DateOnly AnstsMemberSince = new(2022, 1, 20);

    // [NL 2024]: the GB member organizations represented at the 9th GB, in the newsletter's order.
    private static readonly string[] BoardAt9thGb = ["CAS", "NSTDA", "ABC", "TÜBİTAK", "SASA", "MAS", "ANSTS", "COMSATS", "NRC"];

    // ------------------------------------------------------------------------------------------------
    // The 15 applications endorsed by the 2nd GB [NL 2019d], by category as the newsletter lists them.
    // Received dates are invented (the newsletters give none), all before the GB's papers went out.
    // ------------------------------------------------------------------------------------------------

    private static readonly Org Nuol = new("National University of Laos", "NUOL", "LA", Universities);

    private static readonly Applicant[] EndorsedAt2ndGb =
    [
        // National Academies (5)
        new(new("Serbian Academy of Sciences and Arts", "SASA", "RS", Academies, "Српска академија наука и уметности"), new(2019, 6, 17),
            "Serbia's national academy of sciences and arts; offers cooperation across the Balkan region."),
        new(new("Slovak Academy of Sciences", "SAS", "SK", Academies), new(2019, 5, 6),
            "Slovakia's national academy and largest network of public research institutes."),
        new(new("Nepal Academy of Science and Technology", "NAST", "NP", Academies), new(2019, 3, 11),
            "Nepal's national academy for science and technology; interested in disaster risk reduction."),
        new(new("Academy of Sciences and Arts of the Republic of North Macedonia", "MANU", "MK", Academies, "Македонска академија на науките и уметностите"), new(2019, 7, 1),
            "The highest scientific and arts institution of North Macedonia."),
        new(new("Academy of Athens", null, "GR", Academies, "Ακαδημία Αθηνών"), new(2019, 8, 5),
            "Greece's national academy of sciences, humanities and fine arts."),
        // International Organizations (3)
        new(new("The African Academy of Sciences", "AAS", "KE", International), new(2019, 4, 15),
            "Pan-African academy based in Nairobi; proposes joint training of young African scientists."),
        new(new("Commission on Science and Technology for Sustainable Development in the South", "COMSATS", "PK", International), new(2019, 2, 25),
            "Intergovernmental organization of developing countries, headquartered in Islamabad."),
        // Its secretariat is hosted in Beijing, hence CN.
        new(new("International Society of Zoological Sciences", "ISZS", "CN", International), new(2019, 5, 20),
            "International society for zoology; its secretariat is in Beijing."),
        // National Research Institutes and Agencies (1)
        new(new("Oswaldo Cruz Foundation", "Fiocruz", "BR", Institutes), new(2019, 8, 19),
            "Brazil's public health research foundation, Rio de Janeiro."),
        // Universities (6)
        new(new("University of Belgrade", null, "RS", Universities), new(2019, 6, 3),
            "Serbia's largest university; its institutes work with CAS on natural products."),
        new(new("Jahangirnagar University", "JU", "BD", Universities), new(2019, 4, 1),
            "Public research university near Dhaka."),
        new(new("University of Donja Gorica", "UDG", "ME", Universities), new(2019, 7, 15),
            "Private university in Podgorica."),
        new(new("Ambo University", null, "ET", Universities), new(2019, 3, 25),
            "Public university in Ethiopia with a strong agriculture faculty."),
        new(new("University of the Republic Uruguay", "Udelar", "UY", Universities), new(2019, 9, 2),
            "Uruguay's public university, Montevideo."),
        // "National University of Laos, Laos (provisional member)".
        new(Nuol, new(2019, 9, 9),
            "Laos' national university, Vientiane; applies for provisional membership.",
            "Recommend endorsement as a provisional member."),
    ];

    // ------------------------------------------------------------------------------------------------
    // The 9th GB's list. [NL 2024]: "nine membership applications were endorsed, and will be submitted to the
    // next General Assembly". The newsletter names none of them: the applications below are invented for the
    // demo, nine endorsed (as the newsletter counts them), one not endorsed and one deferred.
    // ------------------------------------------------------------------------------------------------

    private enum Outcome
    {
        AdmittedAt4thGa,
        DeferredBy4thGa,            // back to Endorsed, waiting for the 5th GA
        DeferredBy4thGaThenListed,  // listed again, on the 5th GA's list
        RejectedBy4thGa,
        NotEndorsedBy9thGb,
        DeferredBy9thGb,            // listed again, on the 10th GB's list
    }

    private sealed record BoardCase(Applicant Applicant, Outcome Outcome, string? BoardNote = null, string? AssemblyNote = null);

    private static readonly BoardCase[] On9thGbList =
    [
        new(new(new("Al-Farabi Kazakh National University", "KazNU", "KZ", Universities), new(2024, 4, 8),
            "Kazakhstan's national university, Almaty; proposes joint STEM training."), Outcome.AdmittedAt4thGa),
        new(new(new("Academy of Sciences of Albania", null, "AL", Academies), new(2024, 5, 13),
            "Albania's national academy of sciences."), Outcome.AdmittedAt4thGa),
        new(new(new("Vietnam Academy of Science and Technology", "VAST", "VN", Academies), new(2024, 3, 18),
            "Vietnam's national academy and network of research institutes."), Outcome.AdmittedAt4thGa),
        new(new(new("Kenya Agricultural and Livestock Research Organization", "KALRO", "KE", Institutes), new(2024, 6, 10),
            "Kenya's national agricultural research organization; interested in CropWatch and food security."), Outcome.AdmittedAt4thGa),
        new(new(new("Universiti Malaya", "UM", "MY", Universities), new(2024, 7, 22),
            "Malaysia's oldest public research university, Kuala Lumpur."), Outcome.AdmittedAt4thGa),
        new(new(new("Asia-Pacific Network for Global Change Research", "APN", "JP", International), new(2024, 8, 26),
            "Intergovernmental network for global change research, secretariat in Kobe."), Outcome.AdmittedAt4thGa),
        new(new(new("Academy of Sciences of the Republic of Uzbekistan", null, "UZ", Academies), new(2024, 5, 27),
            "Uzbekistan's national academy of sciences."), Outcome.DeferredBy4thGa,
            AssemblyNote: "Deferred: the GA asked for the letter of commitment signed by the Academy's President."),
        new(new(new("National Academy of Sciences of Sri Lanka", "NASSL", "LK", Academies), new(2024, 6, 24),
            "Sri Lanka's national academy of sciences."), Outcome.DeferredBy4thGaThenListed,
            AssemblyNote: "Deferred: the GA asked for the Academy's nominated representative."),
        // Fictional organization (a negative decision is not pinned on a real institution).
        new(new(new("Caspian Institute of Applied Sciences", null, "AZ", Institutes), new(2024, 7, 8),
            "Private applied research institute, Baku.",
            "Recommend endorsement, subject to confirmation of the institute's national accreditation."), Outcome.RejectedBy4thGa,
            AssemblyNote: "Rejected: the institute's national accreditation lapsed after the GB's endorsement."),
        // Fictional organization.
        new(new(new("Eurasia Technology Transfer Holding", null, "AE", Institutes), new(2024, 9, 2),
            "Investment holding for technology transfer, Dubai.",
            "Eligibility doubtful: the applicant's activities are mainly commercial. The Secretariat leaves the decision to the GB."),
            Outcome.NotEndorsedBy9thGb,
            BoardNote: "Not endorsed: a commercial holding is not a science organization under the Statutes; invited to join ANSO activities as an industrial partner."),
        // [NL 2019c]: Chunli Bai visited UPC in July 2019 and invited it to join ANSO.
        new(new(new("Universitat Politècnica de Catalunya · BarcelonaTech", "UPC", "ES", Universities), new(2024, 9, 16),
            "Technical university in Barcelona; invited to join ANSO during the President's visit in July 2019."), Outcome.DeferredBy9thGb,
            BoardNote: "Deferred: the GB asked for the university's planned ANSO activities."),
    ];

    // ------------------------------------------------------------------------------------------------
    // Representatives named in the newsletters. Positions as the newsletters give them, when they do.
    // ------------------------------------------------------------------------------------------------

    private static readonly Rep[] Representatives =
    [
        // Photo caption of the 2nd GB [NL 2019d]; positions from the same issue and [NL 2019b], [NL 2019c].
        new("CAS", "Chunli Bai", "President of CAS and of ANSO"),
        new("CAS", "Yin Li", "Director General, Bureau of International Cooperation, CAS"),
        new("NSTDA", "Narong Sirilerworakul", null),
        new("NAS RK", "Murat Zhurnov", null),
        new("PAS", "Mohammad Qasim Jan", "ANSO Vice-President"),
        new("RAS", "Alexander Sergeev", "President of RAS; ANSO Vice-President"),
        new("MTA", "Annamária Szabó", null),
        new("TU", "Deepak Aryal", null),
        // 9th GB [NL 2024].
        new("NSTDA", "Sukit Limpijumnong", "ANSO President; President of NSTDA"),
        new("CAS", "HE Hongping", "ANSO Vice President; Vice President of CAS"),
        new("ABC", "Helena Bonciani Nader", "ANSO Vice President; President of ABC"),
        new("COMSATS", "Mohammad Nafees Zakaria", "Executive Director of COMSATS"),
        new("SASA", "Nebojša Lalić", "Secretary General of SASA"),
        new("TÜBİTAK", "Orhan Aydin", "President of TÜBİTAK; GB representative"),
        // Visits to Serbia and Romania, August 2024 [NL 2024].
        new("RA", "Marius Andruh", "Vice President of the Romanian Academy"),
        new("University of Belgrade", "Mirjana Mihailović", "Director, Institute for Biological Research \"Siniša Stanković\""),
    ];

    // ------------------------------------------------------------------------------------------------
    // Agendas, chairs and participants of the 2nd and 9th GB, and a draft agenda for the 10th GB.
    // The items are the ones the newsletters name, in the order they report them; durations, times and
    // presenters they do not give are assumed for the demo and marked so.
    // ------------------------------------------------------------------------------------------------

    private sealed record Item(
        string Title, AgendaItemKind Kind, AgendaPurpose Purpose, string? Presenter, int Minutes, string? Notes = null, string[]? Papers = null);

    private const string BySecretariat = "ANSO Secretariat";

    // [NL 2019d]: the welcoming speech, the Vice-Presidents' remarks, the progress report "followed by a detailed
    // introduction to each topic presented by the Secretariat staff", the proposals endorsed, and "a discussion session
    // in the afternoon". Durations assumed.
    private static readonly Item[] SecondGbAgenda =
    [
        new("Welcoming speech", AgendaItemKind.Opening, AgendaPurpose.ForInformation, "Prof. Chunli Bai, ANSO President", 15),
        new("Remarks by the ANSO Vice-Presidents", AgendaItemKind.Report, AgendaPurpose.ForInformation,
            "Prof. Alexander Sergeev and Prof. Mohammad Qasim Jan", 20),
        new("Report on ANSO progress over the past year", AgendaItemKind.Report, AgendaPurpose.ForInformation,
            "Prof. Jinghua Cao, Executive Director of the ANSO Secretariat", 45,
            "New members, collaborative research, the training program and the release of the ANSO Strategic Plan, each introduced by the Secretariat staff.",
            ["ANSO Strategic Plan"]),
        new("New applications for ANSO membership", AgendaItemKind.MembershipApplications, AgendaPurpose.ForEndorsement, BySecretariat, 30),
        new("Establishment of 19 ANSO Associations", AgendaItemKind.Proposal, AgendaPurpose.ForEndorsement, BySecretariat, 15),
        new("ANSO Scholarship and the international visiting fellowship for advanced research", AgendaItemKind.Proposal,
            AgendaPurpose.ForEndorsement, BySecretariat, 15),
        new("ANSO Regional Center in Central Asia", AgendaItemKind.Proposal, AgendaPurpose.ForEndorsement, BySecretariat, 15),
        new("Review and evaluation procedures for ANSO research proposals; big science projects", AgendaItemKind.Proposal,
            AgendaPurpose.ForEndorsement, BySecretariat, 20),
        new("ANSO financial report 2019 and budget 2020", AgendaItemKind.Proposal, AgendaPurpose.ForEndorsement, BySecretariat, 20,
            Papers: ["ANSO Financial Report 2019", "ANSO Budget 2020"]),
        new("Discussion: the next General Assembly (Moscow, May 2020), new memberships, regional collaboration and regional centers, ANSO projects and training",
            AgendaItemKind.Discussion, AgendaPurpose.ForDiscussion, null, 90),
        new("Any other business", AgendaItemKind.AnyOtherBusiness, AgendaPurpose.ForDiscussion, null, 10),
        new("Closing", AgendaItemKind.Closing, AgendaPurpose.ForInformation, "Prof. Chunli Bai, ANSO President", 10),
    ];

    // [NL 2024]: "several key documents were reviewed and discussed, including the ANSO Progress Report 2024, the List of
    // ANSO Membership Applications, the Proposal on Amendments to the ANSO Statutes, the Proposal on the Modification of
    // ANSO's Vision and Mission, and the Draft Regulations on the Use and Management of ANSO's Name, Logo, and Internet
    // Domain"; the GB agreed the date of the 4th GA; GB members spoke in the discussion session. Durations assumed.
    private static readonly Item[] NinthGbAgenda =
    [
        new("Opening and welcome", AgendaItemKind.Opening, AgendaPurpose.ForInformation, "Prof. Sukit Limpijumnong, ANSO President (Chair)", 10),
        new("Remarks by the Co-chair and the ANSO Vice Presidents", AgendaItemKind.Report, AgendaPurpose.ForInformation,
            "Prof. HE Hongping; Prof. Helena Bonciani Nader (video message)", 15),
        new("ANSO Progress Report 2024", AgendaItemKind.Report, AgendaPurpose.ForInformation, BySecretariat, 30,
            "Membership, international events, South-South cooperation and food security (CropWatch-ICP), scholarships, fellowships, funded research projects and the conference program.",
            ["ANSO Progress Report 2024"]),
        new("List of ANSO Membership Applications", AgendaItemKind.MembershipApplications, AgendaPurpose.ForEndorsement, BySecretariat, 25,
            "Endorsed applications will be submitted to the next General Assembly for approval.",
            ["List of ANSO Membership Applications"]),
        new("Proposal on Amendments to the ANSO Statutes", AgendaItemKind.Proposal, AgendaPurpose.ForEndorsement, BySecretariat, 20,
            Papers: ["Proposal on Amendments to the ANSO Statutes"]),
        new("Proposal on the Modification of ANSO's Vision and Mission", AgendaItemKind.Proposal, AgendaPurpose.ForApproval, BySecretariat, 15,
            Papers: ["Proposal on the Modification of ANSO's Vision and Mission"]),
        new("Draft Regulations on the Use and Management of ANSO's Name, Logo, and Internet Domain", AgendaItemKind.Proposal,
            AgendaPurpose.ForApproval, BySecretariat, 15,
            Papers: ["Draft Regulations on the Use and Management of ANSO's Name, Logo, and Internet Domain"]),
        new("Date and venue of the 4th General Assembly", AgendaItemKind.Discussion, AgendaPurpose.ForApproval, BySecretariat, 15),
        new("Discussion session", AgendaItemKind.Discussion, AgendaPurpose.ForDiscussion, null, 25,
            "GB members' views on the items under consideration; Prof. Nebojša Lalić (SASA) on the World Conference on Science and Art for Sustainability, Serbia, September 2025."),
        new("Any other business", AgendaItemKind.AnyOtherBusiness, AgendaPurpose.ForDiscussion, null, 5),
        new("Closing remarks", AgendaItemKind.Closing, AgendaPurpose.ForInformation, "Prof. Sukit Limpijumnong, ANSO President (Chair)", 5),
    ];

    // Invented for the demo: the draft agenda of the planned 10th GB, not yet published.
    private static readonly Item[] TenthGbAgenda =
    [
        new("Opening and welcome", AgendaItemKind.Opening, AgendaPurpose.ForInformation, "the Chair", 10),
        new("ANSO Progress Report", AgendaItemKind.Report, AgendaPurpose.ForInformation, BySecretariat, 30),
        new("List of ANSO Membership Applications", AgendaItemKind.MembershipApplications, AgendaPurpose.ForEndorsement, BySecretariat, 25),
        new("Financial report and budget", AgendaItemKind.Proposal, AgendaPurpose.ForApproval, BySecretariat, 20),
        new("Preparations for the 5th General Assembly", AgendaItemKind.Discussion, AgendaPurpose.ForDiscussion, BySecretariat, 20),
        new("Any other business", AgendaItemKind.AnyOtherBusiness, AgendaPurpose.ForDiscussion, null, 10),
        new("Closing", AgendaItemKind.Closing, AgendaPurpose.ForInformation, "the Chair", 5),
    ];

    private sealed record Attendee(string Name, string? Organization, ParticipantRole Role, Attendance Attendance, string? Affiliation = null, string? Position = null);

    // [NL 2019d], the photo caption, in its order: "30 participants, representing seven GB organizations, the Bureau of
    // International Cooperation/CAS and ANSO Secretariat". Only these nine are named. All on-site (the meeting was).
    private static readonly Attendee[] SecondGbParticipants =
    [
        new("Jinghua Cao", null, ParticipantRole.Secretariat, Attendance.OnSite, "ANSO Secretariat", "Executive Director of the ANSO Secretariat"),
        new("Narong Sirilerworakul", "NSTDA", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Murat Zhurnov", "NAS RK", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Mohammad Qasim Jan", "PAS", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Chunli Bai", "CAS", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Alexander Sergeev", "RAS", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Annamária Szabó", "MTA", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Deepak Aryal", "TU", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        // Counted apart from the seven GB organizations: the Bureau of International Cooperation of CAS.
        new("Yin Li", "CAS", ParticipantRole.Observer, Attendance.OnSite),
    ];

    // [NL 2024]: the nine organizations in attendance, in the newsletter's order. Who was on-site and who online the
    // newsletter does not say: the chair and co-chair are assumed on-site in Bangkok, the others online. Prof. Nader
    // "delivered her remarks via a pre-recorded video message". MAS, ANSTS and NRC representatives are not named.
    private static readonly Attendee[] NinthGbParticipants =
    [
        new("Sukit Limpijumnong", "NSTDA", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("HE Hongping", "CAS", ParticipantRole.MemberRepresentative, Attendance.OnSite),
        new("Helena Bonciani Nader", "ABC", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Orhan Aydin", "TÜBİTAK", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Nebojša Lalić", "SASA", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Representative of MAS", "MAS", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Representative of ANSTS", "ANSTS", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Mohammad Nafees Zakaria", "COMSATS", ParticipantRole.MemberRepresentative, Attendance.Online),
        new("Representative of NRC", "NRC", ParticipantRole.MemberRepresentative, Attendance.Online),
    ];

    /// <summary>
    /// Loads the demo data into a database that holds the categories (<see cref="ReferenceData"/>) and nothing else,
    /// in one transaction. The real history ends with the 4th GA (October 2025); the open applications and the two
    /// planned meetings are dated from <paramref name="time"/>'s today, so the pipeline always looks current.
    /// </summary>
    public static async Task SeedAsync(SecretariatDbContext db, SecretariatTime time)
    {
        var categories = await db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id);
        foreach (var name in ReferenceData.Categories)
            if (!categories.ContainsKey(name))
                throw new InvalidOperationException($"Category '{name}' is missing: run ReferenceData.EnsureCategoriesAsync first.");

        // The invented present. A clock before 2026 is read as 1 Jan 2026, so that it always comes after the
        // last fact from the sources (the 4th GA, October 2025).
        var clockToday = time.Today;
        var today = clockToday < new DateOnly(2026, 1, 1) ? new DateOnly(2026, 1, 1) : clockToday;

        await using var tx = await db.Database.BeginTransactionAsync();

        // ---------------------------------------------------------------------------------------------
        // Meetings. Saved first: listing an application records the meeting's id.
        // ---------------------------------------------------------------------------------------------
        var beijing = new Venue(null, "Beijing", "CN");
        // [NL 2019a]: "officially launched in 4 November 2018 in Beijing. The First ANSO General Assembly was
        // held 4-5 Nov., 2018"; the first GB met at the same time. No hotel is named.
        var gb1 = new Meeting(MeetingBody.GoverningBoard, 1, new(2018, 11, 4), new(2018, 11, 5), beijing, MeetingMode.OnSite);
        var ga1 = new Meeting(MeetingBody.GeneralAssembly, 1, new(2018, 11, 4), new(2018, 11, 5), beijing, MeetingMode.OnSite);
        // [NL 2019b]: "held in Ya'ao International Hotel Beijing on 13-14 May 2019".
        var wg1 = new Meeting(MeetingBody.WorkingGroup, 1, new(2019, 5, 13), new(2019, 5, 14),
            new("Ya'ao International Hotel", "Beijing", "CN"), MeetingMode.OnSite);
        // [NL 2019d]: "held in Beijing at the Railway Hotel on 6th Nov. 2019".
        var gb2 = new Meeting(MeetingBody.GoverningBoard, 2, new(2019, 11, 6), new(2019, 11, 6),
            new("Railway Hotel", "Beijing", "CN"), MeetingMode.OnSite);
        // [NL 2019d] announced the 2nd GA for 27-29 May 2020 in Moscow. The pandemic postponed it: it was held
        // online on 20 January 2022 (the "ANSO Special GA") and approved "the ANSO new membership applications
        // since the last GA in 2018" (http://www.anso.org.cn/index/slide/202204/t20220407_693874.html).
        var ga2 = new Meeting(MeetingBody.GeneralAssembly, 2, new(2022, 1, 20), new(2022, 1, 20), Venue.None, MeetingMode.Online);
        // [NL 2024]: "On 11 December, the 9th ANSO Governing Board (GB) Meeting was successfully held in
        // Bangkok, Thailand, both on-site and online." No venue is named.
        var gb9 = new Meeting(MeetingBody.GoverningBoard, 9, new(2024, 12, 11), new(2024, 12, 11),
            new(null, "Bangkok", "TH"), MeetingMode.Hybrid);
        // [NL 2024]: "the 4th GA will take place in Beijing in late October 2025". The dates, 30-31 October 2025,
        // are from CAS's Bureau of International Cooperation (http://www.bic.cas.cn/gjhzdt/202511/t20251105_5087611.html).
        var ga4 = new Meeting(MeetingBody.GeneralAssembly, 4, new(2025, 10, 30), new(2025, 10, 31), beijing, MeetingMode.OnSite);
        // Planning placeholders, not newsletter facts: the 10th GB on the first Wednesday at least two weeks
        // ahead (9 Dec 2026 when seeded on 22 Nov 2026), the 5th GA 47 weeks later (3 Nov 2027).
        var gb10Date = NextWednesday(today.AddDays(14));
        var gb10 = new Meeting(MeetingBody.GoverningBoard, 10, gb10Date, gb10Date, beijing, MeetingMode.Hybrid);
        var ga5Date = gb10Date.AddDays(47 * 7);
        var ga5 = new Meeting(MeetingBody.GeneralAssembly, 5, ga5Date, ga5Date, beijing, MeetingMode.OnSite);

        db.Meetings.AddRange(gb1, ga1, wg1, gb2, ga2, gb9, ga4, gb10, ga5);
        await db.SaveChangesAsync();

        // The agendas, published a month before each GB (when its papers went out). Hours assumed: the 2nd GB had an
        // afternoon session, so a full day; the 9th an afternoon.
        gb2.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));
        gb2.AppointChairs("Prof. Chunli Bai, ANSO President and President of CAS", []); // assumed: the President chairs, as at the 9th GB
        PlanAgenda(gb2, SecondGbAgenda, By(new(2019, 10, 8)), publish: true);
        gb9.SetHours(new TimeOnly(14, 0), new TimeOnly(17, 0));
        gb9.SetLocalTimeAndLink("Asia/Bangkok", null); // the hours are Bangkok time
        // [NL 2024]: "chaired by Prof. Sukit Limpijumngong [sic], ANSO President and President of NSTDA, and co-chaired by
        // Prof. HE Hongping, ANSO Vice President and Vice President of CAS".
        gb9.AppointChairs("Prof. Sukit Limpijumnong, ANSO President and President of NSTDA",
            ["Prof. HE Hongping, ANSO Vice President and Vice President of CAS"]);
        PlanAgenda(gb9, NinthGbAgenda, By(new(2024, 11, 11)), publish: true);
        gb10.SetHours(new TimeOnly(9, 30), new TimeOnly(12, 30));
        PlanAgenda(gb10, TenthGbAgenda, By(today.AddDays(-7)), publish: false);
        gb1.MarkHeld();
        ga1.MarkHeld();
        wg1.MarkHeld();

        // ---------------------------------------------------------------------------------------------
        // Members from before the applications modelled here.
        // ---------------------------------------------------------------------------------------------
        var orgs = new Dictionary<string, Organization>();
        foreach (var founder in Founders)
            Add(founder).RecordExistingMembership(MembershipType.Full, FoundedOn, founding: true);
        Add(Ansts).RecordExistingMembership(MembershipType.Full, AnstsMemberSince, founding: false);

        // ---------------------------------------------------------------------------------------------
        // The 2nd GB endorses 15 [NL 2019d]; the 2nd GA admits them. ([NL 2019d] already counts them among
        // the "52 members in the end of 2019"; here membership dates from the GA, as the Statutes' process has it.)
        // The GB's papers go out a month before the meeting, the GA's list five weeks before.
        // ---------------------------------------------------------------------------------------------
        var batch2019 = new List<(MembershipApplication App, bool Provisional)>();
        foreach (var a in EndorsedAt2ndGb)
        {
            var app = Receive(Add(a.Org), a.ReceivedOn, a.Summary, a.Recommendation);
            app.ListForBoard(gb2, By(new(2019, 10, 8)));
            batch2019.Add((app, a.Org == Nuol));
        }
        // The decisions are recorded in the minutes, which move the applications. [NL 2019d] lists what was endorsed.
        await db.SaveChangesAsync(); // the minutes name each application by its id
        var gb2Minutes = db.Minutes.Add(StartMinutes(gb2, By(gb2.StartDate, 17))).Entity;
        MeetingDecisions.Record(gb2, gb2Minutes, batch2019
            .Select(x => new DecisionOnList(x.App, DecisionOutcome.Endorsed, x.Provisional ? "Endorsed as a provisional member." : null)).ToList(),
            By(gb2.StartDate, 15), today); // recording the decisions marks the meeting held
        WriteMinutes(gb2, gb2Minutes, SecondGbMinutes, By(gb2.StartDate.AddDays(5)), today);

        foreach (var (app, _) in batch2019)
            app.ListForAssembly(ga2, By(new(2021, 12, 15)));
        foreach (var (app, provisional) in batch2019)
            app.RecordAssemblyDecision(ga2,
                provisional ? AssemblyDecision.AdmittedAsProvisionalMember : AssemblyDecision.AdmittedAsFullMember,
                By(ga2.StartDate, 15));
        ga2.MarkHeld();

        // ---------------------------------------------------------------------------------------------
        // The 9th GB's list and the 4th GA (applications invented, see On9thGbList).
        // ---------------------------------------------------------------------------------------------
        var batch2024 = new List<(MembershipApplication App, BoardCase Case)>();
        foreach (var c in On9thGbList)
        {
            var a = c.Applicant;
            var app = Receive(Add(a.Org), a.ReceivedOn, a.Summary, a.Recommendation);
            app.ListForBoard(gb9, By(new(2024, 11, 11)));
            batch2024.Add((app, c));
        }
        await db.SaveChangesAsync();
        var gb9Minutes = db.Minutes.Add(StartMinutes(gb9, By(gb9.StartDate, 17))).Entity;
        MeetingDecisions.Record(gb9, gb9Minutes, batch2024.Select(x => new DecisionOnList(x.App, x.Case.Outcome switch
            {
                Outcome.NotEndorsedBy9thGb => DecisionOutcome.NotEndorsed,
                Outcome.DeferredBy9thGb => DecisionOutcome.Deferred,
                _ => DecisionOutcome.Endorsed,
            }, x.Case.BoardNote)).ToList(),
            By(gb9.StartDate, 15), today);
        WriteMinutes(gb9, gb9Minutes, NinthGbMinutes, By(gb9.StartDate.AddDays(7)), today);
        // Assumed: circulated in January; they wait for the 10th GB's approval.
        gb9Minutes.Circulate(new(2025, 1, 15), Secretariat, By(new(2025, 1, 15)).At);

        var endorsedAt9thGb = batch2024.Where(x => x.App.State == ApplicationState.Endorsed).ToList();
        foreach (var (app, _) in endorsedAt9thGb)
            app.ListForAssembly(ga4, By(new(2025, 9, 15)));
        foreach (var (app, c) in endorsedAt9thGb)
        {
            var decision = c.Outcome switch
            {
                Outcome.AdmittedAt4thGa => AssemblyDecision.AdmittedAsFullMember,
                Outcome.RejectedBy4thGa => AssemblyDecision.Rejected,
                _ => AssemblyDecision.Deferred,
            };
            app.RecordAssemblyDecision(ga4, decision, By(ga4.StartDate, 15), c.AssemblyNote);
        }
        ga4.MarkHeld();

        // ---------------------------------------------------------------------------------------------
        // Since the 4th GA: all invented for the demo, the open ones dated back from today.
        // ---------------------------------------------------------------------------------------------
        foreach (var (app, c) in batch2024)
        {
            if (c.Outcome == Outcome.DeferredBy9thGb)
                app.ListForBoard(gb10, By(today.AddDays(-30)), "Listed again: the university sent its planned ANSO activities.");
            if (c.Outcome == Outcome.DeferredBy4thGaThenListed)
                app.ListForAssembly(ga5, By(today.AddDays(-20)), "Listed again: the Academy named its representative.");
        }

        // [NL 2019c]: CSIC gave "positive feedbacks" to the ANSO President's invitation in July 2019.
        var csic = Receive(Add(new("Consejo Superior de Investigaciones Científicas", "CSIC", "ES", Institutes)),
            today.AddDays(-150), "Spanish National Research Council, Madrid; Spain's largest public research body.",
            "Recommend endorsement: a national research council with institutes in most of ANSO's priority areas.",
            reviewAfterDays: 10);
        csic.ListForBoard(gb10, By(today.AddDays(-30)));

        // [NL 2024]: the Geological Survey Department of Cyprus "expressed strong interest in ANSO's work".
        var gsd = Receive(Add(new("Geological Survey Department of Cyprus", null, "CY", Institutes)),
            today.AddDays(-100), "Cyprus' government geoscience agency; renewed its MoU with IGG, CAS, in 2024.",
            RecommendEndorsement, reviewAfterDays: 10);
        gsd.ListForBoard(gb10, By(today.AddDays(-30)));

        // [NL 2019c]: the University of Warwick gave "positive feedbacks" to the same invitation.
        var warwick = Receive(Add(new("University of Warwick", null, "GB", Universities)),
            today.AddDays(-120), "Research university in Coventry, England.", null, reviewAfterDays: 10);
        warwick.RequestInformation(By(today.AddDays(-95)),
            "The letter of commitment signed by the Vice-Chancellor and the name of the university's ANSO focal point.");

        // [NL 2019c]: the University of Exeter, likewise. Under review.
        Receive(Add(new("University of Exeter", null, "GB", Universities)),
            today.AddDays(-45), "Research university in Exeter, England; strong in climate science.", null, reviewAfterDays: 7);

        // [NL 2024]: the delegation visited ELI-NP in Romania in August 2024. Just received, not reviewed yet.
        var eliNp = Add(new("Extreme Light Infrastructure - Nuclear Physics", "ELI-NP", "RO", Institutes));
        db.Applications.Add(new MembershipApplication(eliNp, today.AddDays(-3), By(today.AddDays(-3), 9),
            "European research infrastructure for laser-driven nuclear physics, Măgurele."));

        // Fictional organization: withdrawn while the secretariat waited for information.
        var aral = Receive(Add(new("Aral Sea Polytechnic Institute", null, "UZ", Universities)),
            new(2025, 3, 10), "Regional polytechnic institute working on water management.", null);
        aral.RequestInformation(By(new(2025, 4, 7)), "Accreditation documents and the list of research programmes.");
        aral.Withdraw(By(new(2025, 9, 22)), "The institute is merging into a national university, which will apply in its own name.");

        // Fictional organization: closed as ineligible after review.
        var media = Receive(Add(new("Silk Road Science Media Co., Ltd.", null, "CN", Institutes)),
            new(2025, 11, 17), "Publisher of popular science magazines and videos.", null, reviewAfterDays: 7);
        media.CloseAsIneligible(By(new(2025, 12, 8)),
            "A commercial media company, not a science, research or education organization: not eligible for membership.");

        // ---------------------------------------------------------------------------------------------
        // The Governing Board as at the 9th GB (SASA and COMSATS became members at the 2nd GA), and the
        // representatives.
        // ---------------------------------------------------------------------------------------------
        foreach (var key in BoardAt9thGb)
            orgs[key].SetBoardMembership(true);
        foreach (var r in Representatives)
            orgs[r.Organization].AddRepresentative(r.Name, r.Position, email: null);

        await db.SaveChangesAsync();

        // Participants: organizations have their ids now.
        AddParticipants(gb2, SecondGbParticipants);
        AddParticipants(gb9, NinthGbParticipants);
        // Approval locks the meeting's record, so it comes last. Assumed: circulated two weeks after the meeting and
        // approved by the Chair, as no later GB is in the demo data.
        gb2Minutes.Circulate(new(2019, 11, 20), Secretariat, By(new(2019, 11, 20)).At);
        gb2Minutes.Approve(gb2, new(2019, 12, 16), "the Chair, Prof. Chunli Bai", null, Secretariat, By(new(2019, 12, 16)).At);
        await db.SaveChangesAsync();
        await tx.CommitAsync();

        void AddParticipants(Meeting meeting, Attendee[] attendees)
        {
            foreach (var a in attendees)
            {
                var org = a.Organization is null ? null : orgs[a.Organization];
                var position = a.Position ?? Representatives.FirstOrDefault(r => r.Name == a.Name)?.Position;
                meeting.AddParticipant(a.Name, org?.Id, a.Affiliation, position, a.Role, a.Attendance);
            }
        }

        Organization Add(Org o)
        {
            var org = new Organization(o.Name, o.Country, categories[o.Category], o.Acronym, o.NativeName);
            db.Organizations.Add(org);
            orgs[o.Name] = org;
            if (o.Acronym is not null) orgs[o.Acronym] = org;
            return org;
        }

        // Receipt, then a review started some days later; the recommendation is written during the review.
        MembershipApplication Receive(Organization org, DateOnly receivedOn, string summary, string? recommendation, int reviewAfterDays = 14)
        {
            var app = new MembershipApplication(org, receivedOn, By(receivedOn, 9), summary);
            app.StartReview(By(receivedOn.AddDays(reviewAfterDays)));
            if (recommendation is not null) app.EditDetails(receivedOn, summary, recommendation);
            db.Applications.Add(app);
            return app;
        }
    }

    /// <summary>What the minutes say of an agenda item, found by a word of its title.</summary>
    private sealed record MinutesEntry(string ItemTitleContains, string? Summary, params (string Text, DecisionOutcome Outcome)[] Decisions);

    // [NL 2019d]: "Proposals and suggestions made by the ANSO Secretariat were endorsed ... including 15 new applications
    // for ANSO membership, establishment of 19 ANSO Associations, the ANSO Scholarship, the ANSO Regional Center in
    // Central Asia, and review and evaluation procedures for ANSO research proposals. Also endorsed was an international
    // visiting fellowship for advanced research, the initiation of big science projects ..., the ANSO financial report
    // for 2019 and the ANSO budget for 2020." The summaries paraphrase the newsletter.
    private static readonly MinutesEntry[] SecondGbMinutes =
    [
        new("Welcoming", "Prof. Chunli Bai thanked the GB members for their contribution and support to ANSO. The representatives celebrated ANSO's first anniversary."),
        new("Vice-Presidents", "Prof. Alexander Sergeev congratulated CAS on its 70th anniversary and looked ahead to the General Assembly in Moscow in 2020; Prof. Mohammad Qasim Jan praised ANSO's progress and its role in STI for developing countries and regions."),
        new("progress", "Prof. Jinghua Cao reported on ANSO's progress over the past year: new members, collaborative research, the training program and the ANSO Strategic Plan.",
            ("The Board noted the report on ANSO progress.", DecisionOutcome.Noted)),
        new("Associations", null, ("The Board endorsed the establishment of 19 ANSO Associations.", DecisionOutcome.Endorsed)),
        new("Scholarship", null, ("The Board endorsed the ANSO Scholarship.", DecisionOutcome.Endorsed),
            ("The Board endorsed an international visiting fellowship for advanced research.", DecisionOutcome.Endorsed)),
        new("Regional Center", null, ("The Board endorsed the ANSO Regional Center in Central Asia.", DecisionOutcome.Endorsed)),
        new("Review and evaluation", null, ("The Board endorsed the review and evaluation procedures for ANSO research proposals.", DecisionOutcome.Endorsed),
            ("The Board endorsed the initiation of big science projects with ANSO as a niche international organization.", DecisionOutcome.Endorsed)),
        new("financial", null, ("The Board endorsed the ANSO financial report for 2019.", DecisionOutcome.Endorsed),
            ("The Board endorsed the ANSO budget for 2020.", DecisionOutcome.Endorsed)),
        new("Discussion", "The afternoon discussion covered the next General Assembly in Moscow in May 2020, new memberships, regional collaboration, regional centers, ANSO projects and training."),
    ];

    // [NL 2024]: the documents reviewed and discussed, and "the GB agreed that the 4th GA will take place in Beijing in
    // late October 2025". The outcomes of the three proposals are assumed from their purpose on the agenda.
    private static readonly MinutesEntry[] NinthGbMinutes =
    [
        new("Progress Report", "The Secretariat presented the ANSO Progress Report 2024.", ("The Board noted the ANSO Progress Report 2024.", DecisionOutcome.Noted)),
        new("Statutes", null, ("The Board endorsed the Proposal on Amendments to the ANSO Statutes, for the 4th General Assembly.", DecisionOutcome.Endorsed)),
        new("Vision and Mission", null, ("The Board approved the modification of ANSO's Vision and Mission.", DecisionOutcome.Approved)),
        new("Name, Logo", null, ("The Board approved the Regulations on the Use and Management of ANSO's Name, Logo, and Internet Domain.", DecisionOutcome.Approved)),
        new("4th General Assembly", null, ("The 4th General Assembly will take place in Beijing in late October 2025.", DecisionOutcome.Agreed)),
        new("Discussion session", "GB members gave their views on the items under consideration. Prof. Nebojša Lalić (SASA) presented the World Conference on Science and Art for Sustainability, Serbia, September 2025."),
    ];

    private static Minutes StartMinutes(Meeting meeting, Actor by) =>
        Minutes.Start(meeting, meeting.Agenda.Select(i => new AgendaHeading(i.Number.ToString(), i.Title, i.Kind == AgendaItemKind.MembershipApplications)),
            by.Name, by.At);

    private static void WriteMinutes(Meeting meeting, Minutes minutes, MinutesEntry[] entries, Actor by, DateOnly today)
    {
        foreach (var entry in entries)
        {
            var item = minutes.Items.First(i => i.Title.Contains(entry.ItemTitleContains, StringComparison.OrdinalIgnoreCase));
            if (entry.Summary is not null) minutes.Summarize(item, entry.Summary, by.Name, by.At);
            foreach (var (text, outcome) in entry.Decisions) minutes.RecordDecision(meeting, item, text, outcome, today, by.Name, by.At);
        }
    }

    private static void PlanAgenda(Meeting meeting, Item[] items, Actor by, bool publish)
    {
        foreach (var i in items)
        {
            var item = meeting.AddAgendaItem(new AgendaItemDetails
            {
                Title = i.Title, Kind = i.Kind, Purpose = i.Purpose, Presenter = i.Presenter, DurationMinutes = i.Minutes, Notes = i.Notes,
            }, by);
            foreach (var paper in i.Papers ?? []) meeting.AttachPaper(item, paper, null, by);
        }
        if (publish) meeting.PublishAgenda(by);
    }

    /// <summary>The secretariat at work on <paramref name="day"/>, Beijing time.</summary>
    private static Actor By(DateOnly day, int hour = 10) =>
        By(day.ToDateTime(new TimeOnly(hour, 0)));

    private static Actor By(DateTime beijingTime) => new(Secretariat, new DateTimeOffset(beijingTime, Beijing.GetUtcOffset(beijingTime)));

    private static DateOnly NextWednesday(DateOnly from) =>
        from.AddDays(((int)DayOfWeek.Wednesday - (int)from.DayOfWeek + 7) % 7);
}
