using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Generator;

/// <summary>
/// Organization and people names in the patterns of the newsletters' members (academies, research institutes and
/// agencies, universities, international organizations), unique in each country as the register requires
/// (<see cref="OrganizationNames.Key"/> and the acronym).
/// </summary>
public sealed class Names(Random random)
{
    // Countries that ANSO's members come from most (the newsletters' lists), with a few cities each.
    private static readonly Dictionary<string, string[]> Cities = new()
    {
        ["CN"] = ["Beijing", "Shanghai", "Wuhan", "Nanjing", "Guangzhou", "Lanzhou", "Kunming", "Chengdu", "Harbin", "Xi'an"],
        ["TH"] = ["Bangkok", "Chiang Mai", "Khon Kaen", "Songkhla", "Phitsanulok"],
        ["KZ"] = ["Almaty", "Astana", "Karaganda", "Shymkent"],
        ["PK"] = ["Islamabad", "Lahore", "Karachi", "Peshawar", "Faisalabad"],
        ["RU"] = ["Moscow", "Novosibirsk", "Saint Petersburg", "Kazan", "Vladivostok", "Tomsk"],
        ["HU"] = ["Budapest", "Szeged", "Debrecen", "Pécs"],
        ["NP"] = ["Kathmandu", "Pokhara", "Lalitpur", "Dharan"],
        ["RO"] = ["Bucharest", "Cluj-Napoca", "Iași", "Timișoara", "Măgurele"],
        ["BR"] = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Manaus", "Porto Alegre", "Recife"],
        ["TR"] = ["Ankara", "İstanbul", "İzmir", "Eskişehir", "Trabzon"],
        ["MN"] = ["Ulaanbaatar", "Darkhan", "Erdenet"],
        ["EG"] = ["Cairo", "Alexandria", "Giza", "Mansoura", "Assiut"],
        ["RS"] = ["Belgrade", "Novi Sad", "Niš", "Kragujevac"],
        ["SK"] = ["Bratislava", "Košice", "Nitra", "Žilina"],
        ["KE"] = ["Nairobi", "Mombasa", "Kisumu", "Eldoret", "Nakuru"],
        ["BD"] = ["Dhaka", "Chittagong", "Rajshahi", "Khulna", "Sylhet"],
        ["ET"] = ["Addis Ababa", "Ambo", "Bahir Dar", "Mekelle", "Hawassa", "Jimma"],
        ["UY"] = ["Montevideo", "Salto", "Paysandú"],
        ["LA"] = ["Vientiane", "Luang Prabang", "Pakse"],
        ["VN"] = ["Hanoi", "Ho Chi Minh City", "Da Nang", "Huế", "Cần Thơ"],
        ["MY"] = ["Kuala Lumpur", "Penang", "Johor Bahru", "Kuching", "Kota Kinabalu"],
        ["LK"] = ["Colombo", "Kandy", "Peradeniya", "Jaffna", "Galle"],
        ["UZ"] = ["Tashkent", "Samarkand", "Bukhara", "Namangan"],
        ["AZ"] = ["Baku", "Ganja", "Sumqayit"],
        ["SN"] = ["Dakar", "Saint-Louis", "Thiès", "Ziguinchor"],
        ["NG"] = ["Lagos", "Ibadan", "Abuja", "Nsukka", "Zaria", "Kano"],
        ["GH"] = ["Accra", "Kumasi", "Cape Coast", "Tamale"],
        ["ZA"] = ["Pretoria", "Johannesburg", "Cape Town", "Durban", "Stellenbosch"],
        ["TZ"] = ["Dar es Salaam", "Arusha", "Morogoro", "Dodoma"],
        ["UG"] = ["Kampala", "Mbarara", "Gulu", "Entebbe"],
        ["IN"] = ["New Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Pune"],
        ["ID"] = ["Jakarta", "Bandung", "Yogyakarta", "Bogor", "Surabaya"],
        ["PH"] = ["Manila", "Quezon City", "Los Baños", "Cebu", "Davao"],
        ["IR"] = ["Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad"],
        ["TJ"] = ["Dushanbe", "Khujand", "Bokhtar"],
        ["KG"] = ["Bishkek", "Osh", "Karakol"],
        ["MK"] = ["Skopje", "Bitola", "Ohrid"],
        ["GR"] = ["Athens", "Thessaloniki", "Heraklion", "Patras"],
        ["ME"] = ["Podgorica", "Nikšić", "Kotor"],
        ["AL"] = ["Tirana", "Durrës", "Shkodër"],
        ["ES"] = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Granada"],
        ["PT"] = ["Lisbon", "Porto", "Coimbra", "Braga"],
        ["CL"] = ["Santiago", "Valparaíso", "Concepción", "Antofagasta"],
        ["MX"] = ["Mexico City", "Guadalajara", "Monterrey", "Mérida", "Puebla"],
        ["AR"] = ["Buenos Aires", "Córdoba", "Rosario", "La Plata", "Mendoza"],
        ["PE"] = ["Lima", "Cusco", "Arequipa", "Trujillo"],
        ["MA"] = ["Rabat", "Casablanca", "Fès", "Marrakech"],
        ["TN"] = ["Tunis", "Sfax", "Sousse"],
        ["JO"] = ["Amman", "Irbid", "Zarqa"],
        ["SA"] = ["Riyadh", "Jeddah", "Dhahran", "Thuwal"],
        ["KR"] = ["Seoul", "Daejeon", "Busan", "Pohang"],
        ["JP"] = ["Tokyo", "Kyoto", "Osaka", "Sendai", "Tsukuba", "Kobe"],
        ["PL"] = ["Warsaw", "Kraków", "Łódź", "Wrocław", "Gdańsk"],
        ["CZ"] = ["Prague", "Brno", "Olomouc"],
        ["BG"] = ["Sofia", "Plovdiv", "Varna"],
        ["ZM"] = ["Lusaka", "Kitwe", "Ndola"],
        ["ZW"] = ["Harare", "Bulawayo", "Mutare"],
        ["MZ"] = ["Maputo", "Beira", "Nampula"],
        ["CM"] = ["Yaoundé", "Douala", "Buea"],
        ["SD"] = ["Khartoum", "Omdurman", "Wad Madani"],
        ["MM"] = ["Yangon", "Mandalay", "Naypyidaw"],
        ["KH"] = ["Phnom Penh", "Siem Reap", "Battambang"],
        ["AF"] = ["Kabul", "Herat", "Mazar-i-Sharif"],
        ["IQ"] = ["Baghdad", "Basra", "Erbil", "Mosul"],
    };

    private static readonly string[] Fields =
    [
        "Agricultural", "Marine", "Earth", "Space", "Environmental", "Medical", "Veterinary", "Chemical", "Materials",
        "Energy", "Water Resources", "Climate", "Biodiversity", "Geological", "Tropical Agriculture", "Arid Land", "Mountain",
        "Applied Physics", "Mathematical", "Computational", "Information", "Biotechnology", "Food", "Forestry", "Fisheries",
        "Soil", "Public Health", "Pharmaceutical", "Nuclear", "Atmospheric", "Ocean", "Ecological", "Engineering",
        "Natural Products", "Plant", "Animal", "Remote Sensing", "Seismological", "Polar", "Desert", "Renewable Energy",
        "Microbial", "Genomic", "Photonic", "Nanoscience", "Hydrological", "Coastal", "Urban", "Infectious Disease", "Crop",
    ];

    private static readonly string[] Subjects =
    [
        "Agriculture", "Marine Sciences", "Earth Sciences", "Space Science", "Environmental Sciences", "Medicine",
        "Veterinary Medicine", "Chemistry", "Materials Science", "Energy", "Water Resources", "Climate Change", "Biodiversity",
        "Geology", "Tropical Agriculture", "Arid Land Ecology", "Mountain Hazards", "Physics", "Mathematics", "Computer Science",
        "Information Technology", "Biotechnology", "Food Security", "Forestry", "Fisheries", "Soil Science", "Public Health",
        "Pharmacy", "Nuclear Physics", "Atmospheric Physics", "Oceanography", "Ecology", "Engineering", "Natural Products",
        "Plant Sciences", "Animal Sciences", "Remote Sensing", "Seismology", "Polar Research", "Desertification",
        "Renewable Energy", "Microbiology", "Genomics", "Photonics", "Nanotechnology", "Hydrology", "Coastal Engineering",
        "Urban Planning", "Infectious Diseases", "Crop Science",
    ];

    private static readonly string[] Regions = ["Asian", "African", "Eurasian", "Asia-Pacific", "Central Asian", "South Asian", "Latin American", "Mediterranean", "Belt and Road", "South-South"];

    private static readonly string[] GivenNames =
    [
        "Wang", "Li", "Chen", "Ahmed", "Fatima", "Maria", "João", "Olga", "Ivan", "Nadia", "Kwame", "Amina", "Arjun", "Priya",
        "Somchai", "Nguyen", "Bolat", "Aigerim", "Dragana", "Milan", "Elena", "Mehmet", "Ayşe", "Hassan", "Leila", "Tenzin",
        "Sunita", "Bat-Erdene", "Oyunaa", "Carlos", "Lucía", "Pedro", "Grace", "Samuel", "Zainab", "Ngozi", "Hiroshi", "Min-jun",
    ];

    private static readonly string[] FamilyNames =
    [
        "Zhang", "Liu", "Khan", "Hossain", "Silva", "Santos", "Ivanova", "Petrov", "Mensah", "Okafor", "Sharma", "Patel",
        "Srisuk", "Tran", "Nurlanov", "Abenova", "Jovanović", "Novák", "Popescu", "Yılmaz", "Demir", "Hosseini", "Rahimi",
        "Gurung", "Shrestha", "Batbayar", "Mendoza", "García", "Wanjiru", "Otieno", "Diallo", "Ndiaye", "Tanaka", "Kim", "Nowak",
    ];

    private readonly HashSet<(string Country, string Key)> _names = [];
    private readonly HashSet<(string Country, string Key)> _acronyms = [];
    private readonly List<string> _focus = Cities.Keys.ToList();
    private readonly List<Country> _all = Countries.All.Where(c => c.Code != "AQ").ToList();

    /// <summary>Marks a name as taken (e.g. one already in the database).</summary>
    public void Reserve(string country, string name, string? acronym)
    {
        _names.Add((country, OrganizationNames.Key(name)));
        if (acronym is not null) _acronyms.Add((country, OrganizationNames.AcronymKey(name, acronym)));
    }

    public string Person() => $"{Pick(GivenNames)} {Pick(FamilyNames)}";

    public string Subject() => Pick(Subjects);

    /// <summary>A new organization's name, acronym and country, in the register's category (1-4: academies, international, institutes, universities).</summary>
    public (string Name, string? Acronym, string Country) Organization(string category)
    {
        for (var attempt = 0; ; attempt++)
        {
            var country = random.NextDouble() < 0.7 || attempt > 20 ? Pick(_focus) : Pick(_all).Code;
            var countryName = Countries.NameOf(country);
            var city = Cities.TryGetValue(country, out var cities) ? Pick(cities) : countryName;
            var field = Pick(Fields);
            var subject = Pick(Subjects);
            var name = category switch
            {
                "National Academies" => random.Next(5) switch
                {
                    0 => $"Academy of {subject} of {countryName}",
                    1 => $"{countryName} Academy of {field} Sciences",
                    2 => $"{city} Academy of Sciences and {subject}",
                    3 => $"National Academy of {subject}, {countryName}",
                    _ => $"Academy of {field} Sciences of {city}",
                },
                "International Organizations" => random.Next(5) switch
                {
                    0 => $"International Centre for {subject}",
                    1 => $"{Pick(Regions)} Network for {subject}",
                    2 => $"{Pick(Regions)} Association of {field} Scientists",
                    3 => $"International Society of {subject}",
                    _ => $"{Pick(Regions)} Consortium on {subject} and {Pick(Subjects)}",
                },
                "National Research Institutes and Agencies" => random.Next(6) switch
                {
                    0 => $"Institute of {subject}, {city}",
                    1 => $"National Institute of {field} Research of {countryName}",
                    2 => $"{city} Institute of {field} Sciences",
                    3 => $"{countryName} Agency for {subject}",
                    4 => $"Research Centre for {subject} and {Pick(Subjects)}",
                    _ => $"{city} Centre for {field} Studies",
                },
                _ => random.Next(7) switch
                {
                    0 => $"University of {city}",
                    1 => $"{city} University of {subject}",
                    2 => $"{city} State University",
                    3 => $"University of {subject} and Technology, {city}",
                    4 => $"{city} Technical University",
                    5 => $"National University of {field} Sciences, {countryName}",
                    _ => $"{city} Polytechnic Institute",
                },
            };
            if (name.Length > 200 || !_names.Add((country, OrganizationNames.Key(name)))) continue;
            string? acronym = null;
            if (random.NextDouble() < 0.45)
            {
                var letters = new string(name.Split(' ', ',', '-').Where(w => w.Length > 0 && char.IsUpper(w[0]) && w is not "The")
                    .Select(w => char.ToUpperInvariant(w[0])).ToArray());
                if (letters.Length is >= 2 and <= 8 && _acronyms.Add((country, OrganizationNames.AcronymKey(name, letters)))) acronym = letters;
            }
            return (name, acronym, country);
        }
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
