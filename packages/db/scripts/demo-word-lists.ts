// Hand-made lists (our own work) that give the demo data variety the public data sets cannot: cities outside New
// York, kinds of companies, and words for fictional company and person names.
import type { DemoCity, DemoIndustry } from '../src/seed/data-files.ts';

/** salaryFactor: a rough conversion of a New York salary into the local currency and pay level. */
export const CITIES: DemoCity[] = [
  { city: 'New York', region: 'NY', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 1 },
  { city: 'San Francisco', region: 'CA', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 1.1 },
  { city: 'Seattle', region: 'WA', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 1 },
  { city: 'Los Angeles', region: 'CA', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.95 },
  { city: 'Boston', region: 'MA', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.95 },
  { city: 'Washington', region: 'DC', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.95 },
  { city: 'Chicago', region: 'IL', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.85 },
  { city: 'Austin', region: 'TX', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.85 },
  { city: 'Denver', region: 'CO', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.85 },
  { city: 'Portland', region: 'OR', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.85 },
  { city: 'Atlanta', region: 'GA', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.8 },
  { city: 'Miami', region: 'FL', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.8 },
  { city: 'Raleigh', region: 'NC', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.8 },
  { city: 'Minneapolis', region: 'MN', country: 'US', countryName: 'United States', currency: 'USD', salaryFactor: 0.8 },
  { city: 'Toronto', region: 'ON', country: 'CA', countryName: 'Canada', currency: 'CAD', salaryFactor: 1 },
  { city: 'Vancouver', region: 'BC', country: 'CA', countryName: 'Canada', currency: 'CAD', salaryFactor: 1 },
  { city: 'Montreal', region: 'QC', country: 'CA', countryName: 'Canada', currency: 'CAD', salaryFactor: 0.9 },
  { city: 'London', region: 'England', country: 'GB', countryName: 'United Kingdom', currency: 'GBP', salaryFactor: 0.6 },
  { city: 'Manchester', region: 'England', country: 'GB', countryName: 'United Kingdom', currency: 'GBP', salaryFactor: 0.5 },
  { city: 'Edinburgh', region: 'Scotland', country: 'GB', countryName: 'United Kingdom', currency: 'GBP', salaryFactor: 0.5 },
  { city: 'Dublin', region: 'Leinster', country: 'IE', countryName: 'Ireland', currency: 'EUR', salaryFactor: 0.7 },
  { city: 'Berlin', region: 'Berlin', country: 'DE', countryName: 'Germany', currency: 'EUR', salaryFactor: 0.6 },
  { city: 'Munich', region: 'Bavaria', country: 'DE', countryName: 'Germany', currency: 'EUR', salaryFactor: 0.7 },
  { city: 'Hamburg', region: 'Hamburg', country: 'DE', countryName: 'Germany', currency: 'EUR', salaryFactor: 0.6 },
  { city: 'Amsterdam', region: 'North Holland', country: 'NL', countryName: 'Netherlands', currency: 'EUR', salaryFactor: 0.65 },
  { city: 'Paris', region: 'Île-de-France', country: 'FR', countryName: 'France', currency: 'EUR', salaryFactor: 0.6 },
  { city: 'Madrid', region: 'Community of Madrid', country: 'ES', countryName: 'Spain', currency: 'EUR', salaryFactor: 0.45 },
  { city: 'Barcelona', region: 'Catalonia', country: 'ES', countryName: 'Spain', currency: 'EUR', salaryFactor: 0.45 },
  { city: 'Lisbon', region: 'Lisbon', country: 'PT', countryName: 'Portugal', currency: 'EUR', salaryFactor: 0.35 },
  { city: 'Stockholm', region: 'Stockholm County', country: 'SE', countryName: 'Sweden', currency: 'SEK', salaryFactor: 6 },
  { city: 'Copenhagen', region: 'Capital Region', country: 'DK', countryName: 'Denmark', currency: 'DKK', salaryFactor: 5 },
  { city: 'Zurich', region: 'Zurich', country: 'CH', countryName: 'Switzerland', currency: 'CHF', salaryFactor: 1 },
  { city: 'Warsaw', region: 'Masovia', country: 'PL', countryName: 'Poland', currency: 'PLN', salaryFactor: 1.8 },
  { city: 'Prague', region: 'Prague', country: 'CZ', countryName: 'Czechia', currency: 'CZK', salaryFactor: 12 },
  { city: 'Bengaluru', region: 'Karnataka', country: 'IN', countryName: 'India', currency: 'INR', salaryFactor: 20 },
  { city: 'Hyderabad', region: 'Telangana', country: 'IN', countryName: 'India', currency: 'INR', salaryFactor: 18 },
  { city: 'Singapore', region: 'Singapore', country: 'SG', countryName: 'Singapore', currency: 'SGD', salaryFactor: 1 },
  { city: 'Tokyo', region: 'Tokyo', country: 'JP', countryName: 'Japan', currency: 'JPY', salaryFactor: 90 },
  { city: 'Sydney', region: 'NSW', country: 'AU', countryName: 'Australia', currency: 'AUD', salaryFactor: 1.2 },
  { city: 'Melbourne', region: 'VIC', country: 'AU', countryName: 'Australia', currency: 'AUD', salaryFactor: 1.15 },
  { city: 'Auckland', region: 'Auckland', country: 'NZ', countryName: 'New Zealand', currency: 'NZD', salaryFactor: 1.1 },
  { city: 'São Paulo', region: 'SP', country: 'BR', countryName: 'Brazil', currency: 'BRL', salaryFactor: 2 },
  { city: 'Mexico City', region: 'CDMX', country: 'MX', countryName: 'Mexico', currency: 'MXN', salaryFactor: 8 },
  { city: 'Cape Town', region: 'Western Cape', country: 'ZA', countryName: 'South Africa', currency: 'ZAR', salaryFactor: 6 },
  { city: 'Dubai', region: 'Dubai', country: 'AE', countryName: 'United Arab Emirates', currency: 'AED', salaryFactor: 3 },
];

export const INDUSTRIES: DemoIndustry[] = [
  {
    name: 'Software and IT services',
    iscoPrefixes: ['25', '35', '133', '2166', '2434'],
    nameSuffixes: ['Labs', 'Software', 'Technologies', 'Systems', 'Digital'],
    activities: [
      'build scheduling software for clinics and hospitals',
      'run a payments platform that small businesses use every day',
      'make developer tools used by thousands of engineering teams',
      'help retailers forecast demand with data and machine learning',
      'build the booking and ticketing systems behind live events',
    ],
  },
  {
    name: 'Financial services',
    iscoPrefixes: ['241', '331', '332', '1211', '1346', '2120', '4211', '4311', '4312'],
    nameSuffixes: ['Capital', 'Financial', 'Partners', 'Insurance'],
    activities: [
      'manage savings and pensions for over a million customers',
      'lend to growing businesses that banks overlook',
      'insure homes, cars and small businesses',
      'advise families and companies on investments and tax',
    ],
  },
  {
    name: 'Healthcare',
    iscoPrefixes: ['22', '32', '1342', '2634', '5321', '5322'],
    nameSuffixes: ['Health', 'Medical', 'Care', 'Clinics'],
    activities: [
      'run community clinics and a regional hospital',
      'provide home care to older and disabled people',
      'operate diagnostic laboratories serving hundreds of practices',
      'run pharmacies and a fast-growing telehealth service',
    ],
  },
  {
    name: 'Engineering and manufacturing',
    iscoPrefixes: ['214', '215', '311', '312', '72', '74', '1219', '1321'],
    nameSuffixes: ['Engineering', 'Industries', 'Manufacturing', 'Dynamics'],
    activities: [
      'design and build industrial pumps and compressors',
      'manufacture components for electric vehicles',
      'engineer energy systems for factories and data centres',
      'make precision instruments for laboratories',
    ],
  },
  {
    name: 'Construction and property',
    iscoPrefixes: ['2142', '216', '1323', '3112', '3123', '3334', '71', '741'],
    nameSuffixes: ['Construction', 'Builders', 'Properties', 'Homes'],
    activities: [
      'build and renovate homes, schools and offices',
      'develop and manage residential property',
      'deliver civil engineering projects for cities and utilities',
    ],
  },
  {
    name: 'Retail and e-commerce',
    iscoPrefixes: ['1420', '52', '2431', '3323', '4321'],
    nameSuffixes: ['Retail', 'Market', 'Goods', 'Stores'],
    activities: [
      'sell outdoor clothing and gear in stores and online',
      'run a chain of neighbourhood grocery stores',
      'sell home furnishings through our online shop and showrooms',
    ],
  },
  {
    name: 'Hospitality and food',
    iscoPrefixes: ['1411', '1412', '343', '51', '4224'],
    nameSuffixes: ['Hospitality', 'Hotels', 'Kitchen', 'Dining'],
    activities: [
      'run boutique hotels in city centres',
      'operate restaurants and a catering business',
      'run cafés and a bakery that supplies them',
    ],
  },
  {
    name: 'Education',
    iscoPrefixes: ['23', '1345', '5312'],
    nameSuffixes: ['Learning', 'Academy', 'Education'],
    activities: [
      'run schools and after-school programmes',
      'build online courses for professionals',
      'train apprentices in the skilled trades',
    ],
  },
  {
    name: 'Marketing and media',
    iscoPrefixes: ['243', '264', '2654', '3431', '3432', '1222'],
    nameSuffixes: ['Media', 'Studio', 'Creative', 'Agency'],
    activities: [
      'create campaigns for consumer brands',
      'publish news and magazines in print and online',
      'produce video and podcasts for brands and broadcasters',
    ],
  },
  {
    name: 'Logistics and transport',
    iscoPrefixes: ['1324', '3331', '4321', '4323', '7231', '833'],
    nameSuffixes: ['Logistics', 'Freight', 'Transport'],
    activities: [
      'move freight across the country by road and rail',
      'run warehouses and same-day delivery for online shops',
      'manage fleets of delivery vans for retailers',
    ],
  },
  {
    name: 'Professional services',
    iscoPrefixes: ['242', '261', '263', '3343', '3411', '4110'],
    nameSuffixes: ['Consulting', 'Advisors', 'Group', 'Associates'],
    activities: [
      'advise public agencies and companies on strategy and operations',
      'provide legal services to businesses',
      'help companies hire and develop their people',
    ],
  },
];

/** Fictional company names are a word from each list, joined ("Bluefield"), then an industry's suffix. */
export const COMPANY_NAME_PARTS = {
  first: [
    'Amber', 'Anchor', 'Aspen', 'Beacon', 'Birch', 'Blue', 'Bright', 'Cedar', 'Clear', 'Cobalt', 'Copper',
    'Coral', 'Crescent', 'Elm', 'Ever', 'Fair', 'Falcon', 'Fern', 'Golden', 'Granite', 'Green', 'Harbor',
    'Hazel', 'Iron', 'Juniper', 'Lark', 'Linden', 'Maple', 'Meadow', 'North', 'Oak', 'Opal', 'Pine', 'Quartz',
    'Raven', 'Red', 'River', 'Sage', 'Silver', 'Spruce', 'Stone', 'Summit', 'Sun', 'Tide', 'West', 'Willow',
  ],
  second: [
    'bay', 'bridge', 'brook', 'crest', 'dale', 'field', 'ford', 'gate', 'glen', 'grove', 'haven', 'hill',
    'hollow', 'land', 'leaf', 'light', 'line', 'mark', 'mont', 'moor', 'path', 'peak', 'point', 'port', 'ridge',
    'rock', 'shore', 'side', 'spring', 'stone', 'vale', 'view', 'wave', 'well', 'wick', 'wood', 'works',
  ],
};

export const FIRST_NAMES = [
  'Aaliyah', 'Adebayo', 'Aditi', 'Ahmed', 'Aiko', 'Alejandro', 'Alexei', 'Amara', 'Amelia', 'Ana', 'Andrei',
  'Anika', 'Arjun', 'Astrid', 'Ayesha', 'Beatriz', 'Benjamin', 'Camila', 'Carlos', 'Chen', 'Chiara', 'Chloe',
  'Daniel', 'David', 'Dmitri', 'Elena', 'Elif', 'Emeka', 'Emily', 'Emma', 'Ethan', 'Fatima', 'Felix', 'Gabriel',
  'Grace', 'Hana', 'Hannah', 'Hiroshi', 'Ibrahim', 'Ines', 'Isabella', 'Ivan', 'Jack', 'James', 'Javier', 'Ji-woo',
  'Jonas', 'Jordan', 'Julia', 'Kai', 'Kavya', 'Kenji', 'Kwame', 'Laila', 'Lars', 'Layla', 'Leila', 'Liam', 'Lucas',
  'Lucia', 'Mai', 'Malik', 'Marco', 'Maria', 'Mateo', 'Maya', 'Mei', 'Mohammed', 'Nadia', 'Naledi', 'Nikhil',
  'Noah', 'Nora', 'Olivia', 'Omar', 'Oscar', 'Priya', 'Rafael', 'Rahul', 'Rosa', 'Ruth', 'Samuel', 'Santiago',
  'Sara', 'Sebastian', 'Sofia', 'Sophie', 'Tariq', 'Thomas', 'Tomas', 'Valentina', 'Victor', 'Wei', 'Yara',
  'Yusuf', 'Zainab', 'Zara', 'Zoe',
];

export const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Ahmed', 'Alvarez', 'Andersen', 'Bauer', 'Becker', 'Bennett', 'Brooks', 'Campbell',
  'Castillo', 'Chang', 'Chen', 'Costa', 'Cruz', 'Das', 'Dubois', 'Edwards', 'Eriksson', 'Fernandes', 'Fischer',
  'Fitzgerald', 'Garcia', 'Goldberg', 'Gomez', 'Gupta', 'Haddad', 'Hansen', 'Hashemi', 'Hernandez', 'Hoffmann',
  'Hughes', 'Ibrahim', 'Ivanova', 'Jansen', 'Johansson', 'Kapoor', 'Kato', 'Kaur', 'Kim', 'Kowalski', 'Kumar',
  'Larsen', 'Lee', 'Lopez', 'Maddox', 'Martin', 'Mendes', 'Meyer', 'Mitchell', 'Moreau', 'Murphy', 'Nakamura',
  'Nguyen', 'Novak', 'Nowak', "O'Brien", 'Okafor', 'Okonkwo', 'Olsen', 'Ortiz', 'Park', 'Patel', 'Pereira',
  'Petrov', 'Quinn', 'Ramirez', 'Reddy', 'Reyes', 'Richter', 'Rossi', 'Russo', 'Sato', 'Schmidt', 'Schneider',
  'Shah', 'Silva', 'Singh', 'Sokolova', 'Suzuki', 'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Tran', 'Van Dijk',
  'Vargas', 'Volkov', 'Wagner', 'Walker', 'Wang', 'Watanabe', 'Weber', 'Williams', 'Wilson', 'Wong', 'Yamamoto',
  'Yilmaz', 'Zhang', 'Zhou',
];

/**
 * Technologies tech jobs ask for together, by skill name. ESCO's ICT occupations list concepts ("computer
 * programming", "use software libraries") and no React or Docker, so the demo adds a stack to each tech job:
 * one whose title words match the job title, else any stack without title words.
 */
export const TECH_STACKS: { name: string; titleWords: string[]; skills: string[] }[] = [
  { name: 'TypeScript web', titleWords: [], skills: ['TypeScript', 'React', 'Next.js', 'Node.js', 'PostgreSQL', 'Tailwind CSS', 'Docker', 'Jest'] },
  { name: 'JavaScript web', titleWords: [], skills: ['JavaScript', 'Vue.js', 'Nuxt', 'Node.js', 'Express', 'MongoDB', 'Docker'] },
  { name: 'Java services', titleWords: [], skills: ['Java', 'Spring Boot', 'Apache Kafka', 'Kubernetes', 'Amazon Web Services', 'Microservices', 'JUnit'] },
  { name: 'Python web', titleWords: [], skills: ['Python', 'Django', 'PostgreSQL', 'Redis', 'Amazon Web Services', 'Docker', 'pytest'] },
  { name: 'Python APIs', titleWords: [], skills: ['Python', 'FastAPI', 'PostgreSQL', 'Docker', 'Kubernetes', 'Google Cloud Platform'] },
  { name: '.NET', titleWords: [], skills: ['C#', '.NET', 'ASP.NET', 'Microsoft SQL Server', 'Microsoft Azure', 'Docker'] },
  { name: 'Go', titleWords: [], skills: ['Go', 'Kubernetes', 'Docker', 'PostgreSQL', 'Prometheus', 'Grafana', 'Linux'] },
  { name: 'Rails', titleWords: [], skills: ['Ruby', 'Ruby on Rails', 'PostgreSQL', 'Redis', 'Amazon Web Services'] },
  { name: 'PHP', titleWords: [], skills: ['PHP', 'Laravel', 'MySQL', 'Vue.js', 'Docker'] },
  { name: 'Angular', titleWords: ['user interface developer'], skills: ['TypeScript', 'Angular', 'HTML', 'SCSS', 'Jest'] },
  { name: 'Analytics', titleWords: ['data analyst', 'business intelligence', 'data quality'], skills: ['SQL', 'Power BI', 'Tableau', 'Microsoft Excel', 'Python'] },
  { name: 'Data science', titleWords: ['data scientist', 'intelligent', 'knowledge engineer', 'computer scientist'], skills: ['Python', 'pandas', 'NumPy', 'scikit-learn', 'SQL', 'Jupyter Notebook', 'machine learning'] },
  { name: 'Machine learning', titleWords: ['vision', 'intelligent', 'data scientist'], skills: ['Python', 'PyTorch', 'TensorFlow', 'deep learning', 'machine learning', 'Docker', 'Amazon Web Services'] },
  { name: 'Data engineering', titleWords: ['data warehouse', 'database', 'integration', 'data analyst'], skills: ['Python', 'SQL', 'Apache Spark', 'Apache Airflow', 'dbt', 'Snowflake', 'Apache Kafka'] },
  { name: 'Android', titleWords: ['mobile', 'android'], skills: ['Kotlin', 'Android', 'Jetpack Compose', 'Git'] },
  { name: 'iOS', titleWords: ['mobile', 'ios'], skills: ['Swift', 'iOS', 'SwiftUI', 'Git'] },
  { name: 'Cross-platform mobile', titleWords: ['mobile'], skills: ['TypeScript', 'React Native', 'Redux', 'Jest'] },
  { name: 'Flutter', titleWords: ['mobile'], skills: ['Dart', 'Flutter', 'Git'] },
  { name: 'AWS platform', titleWords: ['cloud', 'system administrator', 'network', 'configuration', 'resilience', 'capacity', 'disaster'], skills: ['Amazon Web Services', 'Terraform', 'Kubernetes', 'Helm', 'GitHub Actions', 'Linux', 'CI/CD'] },
  { name: 'Azure platform', titleWords: ['cloud', 'system administrator', 'configuration', 'operations'], skills: ['Microsoft Azure', 'Terraform', 'Kubernetes', 'GitLab CI', 'Linux', 'Shell', 'Ansible'] },
  { name: 'Test automation', titleWords: ['tester', 'test', 'quality assurance'], skills: ['Selenium', 'Cypress', 'Playwright', 'JavaScript', 'CI/CD', 'Jira'] },
  { name: 'Security', titleWords: ['security', 'hacker', 'forensics', 'resilience'], skills: ['cybersecurity', 'Linux', 'Python', 'TCP/IP', 'Kali Linux', 'Wireshark'] },
  { name: 'Systems', titleWords: ['technician', 'help desk', 'network', 'data centre', 'system administrator'], skills: ['Linux', 'Windows Server', 'Shell', 'TCP/IP', 'Cisco networking'] },
  { name: 'Product design', titleWords: ['designer', 'user experience', 'web content', 'webmaster'], skills: ['Figma', 'UX design', 'UI design', 'wireframing', 'HTML', 'CSS'] },
  { name: 'Embedded', titleWords: ['embedded', 'numerical tool', 'industrial mobile'], skills: ['C', 'C++', 'Linux', 'Git', 'Python'] },
  { name: 'Games', titleWords: ['games'], skills: ['C#', 'C++', 'Unity (digital game creation systems)', 'Unreal Engine', 'Git'] },
  { name: 'Business systems', titleWords: ['business analyst', 'business analysis', 'application configurator', 'consultant', 'system analyst'], skills: ['SQL', 'Jira', 'Confluence', 'Microsoft Excel', 'Agile', 'Salesforce'] },
  { name: 'Delivery', titleWords: ['manager', 'officer', 'architect'], skills: ['Agile', 'Scrum', 'Jira', 'Confluence', 'Amazon Web Services', 'Microservices'] },
];
