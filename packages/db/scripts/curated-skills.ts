// Hotgigs' own list of the technologies job ads ask for most, which ESCO and Linguist miss or name differently
// (ESCO has no Docker, Kubernetes or React). It adds the short forms people write ("k8s", "postgres") and the
// `implies` edges the matcher follows: knowing Next.js means knowing React, which means knowing JavaScript.
import type { SkillCategory } from '../src/seed/data-files.ts';

export interface CuratedSkill {
  name: string;
  category: SkillCategory;
  description: string;
  aliases?: string[];
  /** Skills (by any source's name) that someone with this skill has too. */
  implies?: string[];
  /** Skills often asked for together with this one. */
  related?: string[];
  /** A broader skill (by any source's name); otherwise the category's default parent, if any. */
  parent?: string;
  /**
   * ESCO preferred labels or Linguist names that are this same skill under another name. Same-named entries
   * merge without being listed; a merge by alias alone would be unsafe (ESCO's "SPARK" is not Apache Spark).
   */
  sameAs?: string[];
}

/** Where a curated skill hangs in ESCO's hierarchy when it does not say otherwise. */
export const DEFAULT_PARENT_BY_CATEGORY: Partial<Record<SkillCategory, string>> = {
  'programming-language': 'computer programming',
  framework: 'software frameworks',
  database: 'database management systems',
  cloud: 'cloud technologies',
  methodology: 'ICT project management methodologies',
};

export const CURATED_SKILLS: CuratedSkill[] = [
  // Languages: Linguist supplies these; the entries add the names recruiters use and the implies edges.
  { name: 'JavaScript', category: 'programming-language', description: 'The programming language of the web, run by browsers and by server runtimes such as Node.js.', aliases: ['js', 'ecmascript', 'es6', 'vanilla js'], parent: 'web programming' },
  { name: 'TypeScript', category: 'programming-language', description: 'JavaScript with static types, compiled to plain JavaScript.', aliases: ['ts'], implies: ['JavaScript'] },
  { name: 'Python', category: 'programming-language', description: 'A general-purpose programming language used for web back ends, automation, data analysis and machine learning.', aliases: ['py'] },
  { name: 'Java', category: 'programming-language', description: 'An object-oriented programming language running on the Java Virtual Machine, common in enterprise back ends and Android apps.', aliases: ['core java', 'java se'], sameAs: ['Java (computer programming)'] },
  { name: 'C#', category: 'programming-language', description: 'An object-oriented programming language for the .NET platform.', aliases: ['csharp', 'c sharp'], related: ['.NET'] },
  { name: 'C++', category: 'programming-language', description: 'A compiled systems programming language used for performance-critical software, games and embedded systems.', aliases: ['cpp', 'c plus plus'] },
  { name: 'C', category: 'programming-language', description: 'A compiled systems programming language for operating systems, embedded devices and low-level libraries.', aliases: ['ansi c', 'c programming'] },
  { name: 'Go', category: 'programming-language', description: 'A compiled programming language from Google, common in cloud infrastructure and network services.', aliases: ['go lang'] },
  { name: 'Rust', category: 'programming-language', description: 'A compiled systems programming language focused on memory safety without garbage collection.', aliases: ['rust lang'] },
  { name: 'Kotlin', category: 'programming-language', description: 'A JVM programming language, the preferred language for Android apps.', related: ['Java'] },
  { name: 'Swift', category: 'programming-language', description: "Apple's programming language for iOS and macOS apps.", sameAs: ['Swift (computer programming)'] },
  { name: 'Ruby', category: 'programming-language', description: 'A dynamic programming language best known for the Ruby on Rails web framework.', sameAs: ['Ruby (computer programming)'] },
  { name: 'PHP', category: 'programming-language', description: 'A server-side scripting language behind many websites and content management systems.' },
  { name: 'Scala', category: 'programming-language', description: 'A JVM programming language combining object-oriented and functional programming, common in data engineering.', related: ['Java'] },
  { name: 'R', category: 'programming-language', description: 'A programming language for statistics and data analysis.', aliases: ['r language', 'rstats'] },
  { name: 'SQL', category: 'programming-language', description: 'The standard language for querying and changing data in relational databases.', aliases: ['structured query language'], parent: 'query languages' },
  { name: 'Shell', category: 'programming-language', description: 'Scripting the Unix shell (bash, zsh) to automate system tasks.', aliases: ['shell scripting', 'bash scripting'] },
  { name: 'HTML', category: 'programming-language', description: 'The markup language of web pages.', aliases: ['hypertext markup language'], parent: 'web programming' },
  { name: 'CSS', category: 'programming-language', description: 'The style sheet language that lays out and styles web pages.', aliases: ['cascading style sheets'], parent: 'style sheet languages' },
  { name: 'Sass', category: 'programming-language', description: 'A style sheet language that compiles to CSS, adding variables, nesting and mixins.', implies: ['CSS'], parent: 'style sheet languages' },
  { name: 'SCSS', category: 'programming-language', description: 'The CSS-like syntax of Sass.', implies: ['CSS'], related: ['Sass'], parent: 'style sheet languages' },
  { name: 'SAS', category: 'programming-language', description: 'The programming language of the SAS statistical software.', sameAs: ['SAS language'], related: ['statistical analysis system software'] },
  { name: 'OpenEdge ABL', category: 'programming-language', description: "Progress Software's language for business applications.", sameAs: ['OpenEdge Advanced Business Language'] },
  { name: 'GraphQL', category: 'programming-language', description: 'A query language for APIs in which the client asks for exactly the data it needs.', aliases: ['gql'], parent: 'query languages' },

  // Front end
  { name: 'React', category: 'framework', description: 'A JavaScript library for building user interfaces from components.', aliases: ['reactjs', 'react.js', 'react js'], implies: ['JavaScript'], parent: 'JavaScript Framework' },
  { name: 'Next.js', category: 'framework', description: 'A React framework for server-rendered and statically generated web applications.', aliases: ['nextjs', 'next js'], implies: ['React'], parent: 'JavaScript Framework' },
  { name: 'Vue.js', category: 'framework', description: 'A progressive JavaScript framework for building user interfaces.', aliases: ['vue', 'vuejs', 'vue js'], implies: ['JavaScript'], parent: 'JavaScript Framework', sameAs: ['Vue'] },
  { name: 'Nuxt', category: 'framework', description: 'A Vue.js framework for server-rendered web applications.', aliases: ['nuxt.js', 'nuxtjs'], implies: ['Vue.js'], parent: 'JavaScript Framework' },
  { name: 'Angular', category: 'framework', description: 'A TypeScript framework from Google for building single-page web applications.', aliases: ['angular 2+', 'angular framework'], implies: ['TypeScript'], parent: 'JavaScript Framework' },
  { name: 'Svelte', category: 'framework', description: 'A JavaScript framework that compiles components to efficient DOM updates.', implies: ['JavaScript'], parent: 'JavaScript Framework' },
  { name: 'SvelteKit', category: 'framework', description: 'The application framework for Svelte.', implies: ['Svelte'], parent: 'JavaScript Framework' },
  { name: 'jQuery', category: 'framework', description: 'A JavaScript library for DOM manipulation and AJAX.', implies: ['JavaScript'], parent: 'JavaScript Framework' },
  { name: 'Redux', category: 'framework', description: 'A state management library for JavaScript applications, most often used with React.', implies: ['JavaScript'], related: ['React'] },
  { name: 'React Native', category: 'framework', description: 'A framework for building native mobile apps with React.', implies: ['React'], related: ['iOS', 'Android'] },
  { name: 'Tailwind CSS', category: 'framework', description: 'A utility-first CSS framework.', aliases: ['tailwind', 'tailwindcss'], implies: ['CSS'] },
  { name: 'Bootstrap', category: 'framework', description: 'A CSS framework of ready-made responsive layouts and components.', aliases: ['twitter bootstrap'], implies: ['CSS'] },
  { name: 'Webpack', category: 'tool', description: 'A bundler that packages JavaScript modules and assets for the browser.', implies: ['JavaScript'] },
  { name: 'Vite', category: 'tool', description: 'A fast build tool and development server for web front ends.', aliases: ['vitejs'], implies: ['JavaScript'] },

  // Back end
  { name: 'Node.js', category: 'platform', description: 'A JavaScript runtime for servers and command-line tools.', aliases: ['node', 'nodejs', 'node js'], implies: ['JavaScript'] },
  { name: 'Express', category: 'framework', description: 'A minimal web framework for Node.js.', aliases: ['express.js', 'expressjs'], implies: ['Node.js'] },
  { name: 'NestJS', category: 'framework', description: 'A TypeScript framework for structured Node.js server applications.', aliases: ['nest.js', 'nestjs framework'], implies: ['Node.js', 'TypeScript'] },
  { name: 'Django', category: 'framework', description: 'A batteries-included Python web framework.', implies: ['Python'] },
  { name: 'Flask', category: 'framework', description: 'A lightweight Python web framework.', implies: ['Python'] },
  { name: 'FastAPI', category: 'framework', description: 'A Python framework for building typed HTTP APIs.', implies: ['Python'] },
  { name: 'Spring', category: 'framework', description: 'The Java application framework for dependency injection, data access and web applications.', aliases: ['spring framework'], implies: ['Java'] },
  { name: 'Spring Boot', category: 'framework', description: 'An opinionated way to build stand-alone Spring applications.', aliases: ['springboot'], implies: ['Spring'] },
  { name: 'Hibernate', category: 'framework', description: 'An object-relational mapping library for Java.', implies: ['Java'], related: ['SQL'] },
  { name: 'Ruby on Rails', category: 'framework', description: 'A Ruby web framework favouring convention over configuration.', aliases: ['rails', 'ror'], implies: ['Ruby'] },
  { name: 'Laravel', category: 'framework', description: 'A PHP web framework.', implies: ['PHP'] },
  { name: 'Symfony', category: 'framework', description: 'A PHP framework and set of reusable components.', implies: ['PHP'] },
  { name: '.NET', category: 'platform', description: "Microsoft's developer platform for building applications in C#, F# and Visual Basic.", aliases: ['dotnet', 'dot net', '.net core', '.net framework'], related: ['C#'] },
  { name: 'ASP.NET', category: 'framework', description: "Microsoft's framework for web applications and APIs on .NET.", aliases: ['asp.net core'], implies: ['.NET'] },
  { name: 'REST APIs', category: 'knowledge', description: 'Designing and consuming HTTP APIs in the REST style.', aliases: ['rest', 'restful apis', 'rest api', 'restful'], parent: 'web programming' },
  { name: 'gRPC', category: 'framework', description: 'A remote procedure call framework using HTTP/2 and Protocol Buffers.', implies: ['Protocol Buffer'] },
  { name: 'Microservices', category: 'methodology', description: 'Building an application as a set of small, independently deployed services.', aliases: ['microservice architecture', 'microservices architecture'] },

  // Mobile
  { name: 'Android', category: 'platform', description: "Google's mobile operating system and its app development platform.", aliases: ['android development', 'android sdk'], sameAs: ['Android (mobile operating systems)'], related: ['Kotlin', 'Java'] },
  { name: 'iOS', category: 'platform', description: "Apple's mobile operating system and its app development platform.", aliases: ['ios development'], related: ['Swift'] },
  { name: 'Flutter', category: 'framework', description: "Google's UI toolkit for building mobile, web and desktop apps from one Dart code base.", implies: ['Dart'] },
  { name: 'SwiftUI', category: 'framework', description: "Apple's declarative UI framework.", implies: ['Swift'] },
  { name: 'Jetpack Compose', category: 'framework', description: "Android's declarative UI toolkit.", implies: ['Kotlin'], related: ['Android'] },

  // Data, analytics and machine learning
  { name: 'pandas', category: 'data', description: 'A Python library for data analysis with data frames.', implies: ['Python'] },
  { name: 'NumPy', category: 'data', description: 'The Python library for numerical computing with n-dimensional arrays.', implies: ['Python'] },
  { name: 'scikit-learn', category: 'data', description: 'A Python library of classic machine learning algorithms.', aliases: ['sklearn', 'scikit learn'], implies: ['Python'], related: ['machine learning'] },
  { name: 'TensorFlow', category: 'data', description: "Google's open-source library for machine learning and neural networks.", implies: ['Python'], related: ['machine learning'] },
  { name: 'PyTorch', category: 'data', description: 'An open-source deep learning library.', aliases: ['torch'], implies: ['Python'], related: ['machine learning'] },
  { name: 'Keras', category: 'data', description: 'A high-level Python API for neural networks.', implies: ['Python'], related: ['TensorFlow'] },
  { name: 'Jupyter Notebook', category: 'tool', description: 'Interactive notebooks mixing code, results and notes, widely used in data science.', aliases: ['jupyter', 'jupyterlab'], related: ['Python'] },
  { name: 'Apache Spark', category: 'data', description: 'An engine for large-scale distributed data processing.', aliases: ['spark', 'pyspark', 'spark sql'], related: ['Scala', 'Python', 'Hadoop'] },
  { name: 'Hadoop', category: 'data', description: 'An open-source framework for distributed storage and processing of large data sets.', aliases: ['apache hadoop'] },
  { name: 'Apache Kafka', category: 'data', description: 'A distributed event streaming platform.', aliases: ['kafka'] },
  { name: 'Apache Airflow', category: 'data', description: 'A platform for authoring, scheduling and monitoring data pipelines.', aliases: ['airflow'], implies: ['Python'] },
  { name: 'dbt', category: 'data', description: 'A tool for transforming data in the warehouse with SQL and version-controlled models.', aliases: ['data build tool'], implies: ['SQL'] },
  { name: 'Snowflake', category: 'database', description: 'A cloud data warehouse.', implies: ['SQL'] },
  { name: 'BigQuery', category: 'database', description: "Google Cloud's serverless data warehouse.", aliases: ['google bigquery'], implies: ['SQL'], related: ['Google Cloud Platform'] },
  { name: 'Databricks', category: 'data', description: 'A cloud data and AI platform built around Apache Spark.', implies: ['Apache Spark'] },
  { name: 'Tableau', category: 'data', description: 'A business intelligence and data visualisation tool.', related: ['business intelligence'] },
  { name: 'Power BI', category: 'data', description: "Microsoft's business intelligence and reporting tool.", aliases: ['powerbi', 'microsoft power bi'], related: ['business intelligence', 'Microsoft Excel'] },
  { name: 'Looker', category: 'data', description: 'A business intelligence platform for exploring and sharing data.', related: ['business intelligence'] },
  { name: 'Google Analytics', category: 'data', description: "Google's web analytics service.", aliases: ['ga4'], related: ['web analytics'] },
  { name: 'machine learning', category: 'data', description: 'Building systems that learn patterns from data to make predictions or decisions.', aliases: ['ml'] },
  { name: 'deep learning', category: 'data', description: 'Machine learning with multi-layer neural networks.', implies: ['machine learning'], related: ['artificial neural networks'] },
  { name: 'natural language processing', category: 'data', description: 'Making computers understand and generate human language.', aliases: ['nlp'], related: ['machine learning'] },
  { name: 'large language models', category: 'data', description: 'Building applications on large language models: prompting, retrieval, fine-tuning and evaluation.', aliases: ['llm', 'llms', 'generative ai', 'genai'], implies: ['machine learning'], related: ['natural language processing'] },
  { name: 'data visualisation', category: 'data', description: 'Presenting data as charts and dashboards that people can read at a glance.', aliases: ['data visualization', 'dataviz'] },

  // Databases
  { name: 'PostgreSQL', category: 'database', description: 'An open-source relational database.', aliases: ['postgres', 'psql', 'pgsql'], implies: ['SQL'] },
  { name: 'MySQL', category: 'database', description: 'An open-source relational database.', implies: ['SQL'] },
  { name: 'MariaDB', category: 'database', description: 'A community fork of MySQL.', implies: ['SQL'], related: ['MySQL'] },
  { name: 'SQLite', category: 'database', description: 'An embedded, file-based relational database.', implies: ['SQL'] },
  { name: 'Microsoft SQL Server', category: 'database', description: "Microsoft's relational database.", aliases: ['mssql', 'ms sql', 't-sql'], implies: ['SQL'], sameAs: ['SQL Server'] },
  { name: 'Oracle Database', category: 'database', description: "Oracle's relational database.", aliases: ['oracle db', 'oracle rdbms', 'pl/sql'], implies: ['SQL'], sameAs: ['Oracle Relational Database'] },
  { name: 'MongoDB', category: 'database', description: 'A document database.', aliases: ['mongo'], related: ['NoSQL'] },
  { name: 'Redis', category: 'database', description: 'An in-memory data store used as a cache, message broker and database.' },
  { name: 'Elasticsearch', category: 'database', description: 'A distributed search and analytics engine.', aliases: ['elastic search', 'elk stack'] },
  { name: 'Apache Cassandra', category: 'database', description: 'A distributed wide-column database.', aliases: ['cassandra'], related: ['NoSQL'] },
  { name: 'Amazon DynamoDB', category: 'database', description: 'A managed key-value and document database on AWS.', aliases: ['dynamodb'], implies: ['Amazon Web Services'], related: ['NoSQL'] },
  { name: 'Neo4j', category: 'database', description: 'A graph database.', related: ['NoSQL'] },

  // Cloud, infrastructure and delivery
  { name: 'Amazon Web Services', category: 'cloud', description: "Amazon's cloud computing platform.", aliases: ['aws', 'amazon aws'] },
  { name: 'Microsoft Azure', category: 'cloud', description: "Microsoft's cloud computing platform.", aliases: ['azure', 'azure cloud'] },
  { name: 'Google Cloud Platform', category: 'cloud', description: "Google's cloud computing platform.", aliases: ['gcp', 'google cloud'] },
  { name: 'AWS Lambda', category: 'cloud', description: 'Serverless functions on AWS.', aliases: ['lambda functions'], implies: ['Amazon Web Services'] },
  { name: 'Docker', category: 'tool', description: 'Packaging and running applications in containers.', aliases: ['docker compose', 'containerisation', 'containerization'], related: ['Linux'] },
  { name: 'Kubernetes', category: 'platform', description: 'An orchestrator that deploys, scales and heals containerised applications.', aliases: ['k8s', 'kube'], implies: ['Docker'] },
  { name: 'Helm', category: 'tool', description: 'The package manager for Kubernetes.', implies: ['Kubernetes'] },
  { name: 'Terraform', category: 'tool', description: 'Infrastructure as code: declaring cloud resources in HCL and applying the changes.', aliases: ['opentofu', 'hashicorp terraform'], implies: ['HCL'], related: ['infrastructure as code'] },
  { name: 'infrastructure as code', category: 'methodology', description: 'Managing servers, networks and cloud resources through versioned definition files.', aliases: ['iac'] },
  { name: 'Ansible', category: 'tool', description: 'An agentless automation tool for configuring servers and deploying software.', related: ['infrastructure as code'] },
  { name: 'Jenkins', category: 'tool', description: 'An open-source automation server for continuous integration and delivery.', implies: ['CI/CD'], sameAs: ['Jenkins (tools for software configuration management)'] },
  { name: 'GitHub Actions', category: 'tool', description: "GitHub's workflow automation and CI/CD service.", implies: ['CI/CD', 'GitHub'] },
  { name: 'GitLab CI', category: 'tool', description: "GitLab's built-in continuous integration and delivery.", aliases: ['gitlab ci/cd'], implies: ['CI/CD', 'GitLab'] },
  { name: 'CI/CD', category: 'methodology', description: 'Continuous integration and delivery: building, testing and releasing every change automatically.', aliases: ['continuous integration', 'continuous delivery', 'continuous deployment', 'ci', 'cicd'], related: ['DevOps'] },
  { name: 'DevOps', category: 'methodology', description: 'Development and operations working as one team, with automated build, delivery and monitoring.', aliases: ['dev ops'] },
  { name: 'site reliability engineering', category: 'methodology', description: 'Running production systems with software engineering: service levels, automation and incident response.', aliases: ['sre'], related: ['DevOps'] },
  { name: 'Git', category: 'tool', description: 'The distributed version control system.', aliases: ['version control'], parent: 'tools for software configuration management' },
  { name: 'GitHub', category: 'platform', description: 'A platform for hosting Git repositories and collaborating on code.', implies: ['Git'] },
  { name: 'GitLab', category: 'platform', description: 'A platform for hosting Git repositories with built-in CI/CD.', implies: ['Git'] },
  { name: 'Linux', category: 'platform', description: 'The open-source operating system running most servers.', aliases: ['gnu/linux', 'linux administration'], parent: 'operating systems' },
  { name: 'Windows Server', category: 'platform', description: "Microsoft's server operating system.", parent: 'operating systems' },
  { name: 'Nginx', category: 'platform', description: 'A web server, reverse proxy and load balancer.' },
  { name: 'Prometheus', category: 'tool', description: 'An open-source monitoring system and time-series database.', related: ['Grafana'] },
  { name: 'Grafana', category: 'tool', description: 'Dashboards for metrics, logs and traces.' },
  { name: 'Cisco networking', category: 'knowledge', description: 'Configuring and running networks built on Cisco equipment.', aliases: ['ccna', 'cisco ios'], related: ['Cisco'] },
  { name: 'TCP/IP', category: 'knowledge', description: 'The protocols of the internet: addressing, routing and transport.', aliases: ['tcp', 'networking protocols'] },
  { name: 'cybersecurity', category: 'knowledge', description: 'Protecting systems, networks and data from attack.', aliases: ['information security', 'infosec', 'it security'], sameAs: ['cyber security'] },

  // Testing
  { name: 'Mocha', category: 'tool', description: 'A JavaScript test framework for Node.js and the browser.', implies: ['JavaScript'], parent: 'tools for ICT test automation' },
  { name: 'Jest', category: 'tool', description: 'A JavaScript testing framework.', implies: ['JavaScript'], parent: 'tools for ICT test automation' },
  { name: 'Cypress', category: 'tool', description: 'End-to-end testing for web applications.', implies: ['JavaScript'], parent: 'tools for ICT test automation' },
  { name: 'Playwright', category: 'tool', description: 'Browser automation and end-to-end testing across Chromium, Firefox and WebKit.', parent: 'tools for ICT test automation' },
  { name: 'Selenium', category: 'tool', description: 'Browser automation for testing web applications.', aliases: ['selenium webdriver'], parent: 'tools for ICT test automation' },
  { name: 'pytest', category: 'tool', description: 'A Python testing framework.', implies: ['Python'], parent: 'tools for ICT test automation' },
  { name: 'JUnit', category: 'tool', description: 'The unit testing framework for Java.', implies: ['Java'], parent: 'tools for ICT test automation' },
  { name: 'test-driven development', category: 'methodology', description: 'Writing a failing test before the code that makes it pass.', aliases: ['tdd'] },

  // Ways of working
  { name: 'Agile', category: 'methodology', description: 'Delivering work in short iterations with frequent feedback and adaptation.', aliases: ['agile methodology', 'agile methodologies'], related: ['Agile development', 'Agile project management'] },
  { name: 'Scrum', category: 'methodology', description: 'An agile framework of sprints, backlogs and a small set of team roles and events.', aliases: ['scrum master'], implies: ['Agile'] },
  { name: 'Kanban', category: 'methodology', description: 'Managing work by visualising it on a board and limiting work in progress.', related: ['Agile'] },
  { name: 'object-oriented programming', category: 'knowledge', description: 'Structuring programs as objects that combine data and behaviour.', aliases: ['oop'], related: ['object-oriented modelling'], parent: 'computer programming' },
  { name: 'data structures and algorithms', category: 'knowledge', description: 'Choosing and implementing the right data structures and algorithms for a problem.', aliases: ['dsa', 'data structures'], related: ['algorithms'], parent: 'computer programming' },
  { name: 'system design', category: 'knowledge', description: 'Designing the architecture of large software systems: components, data flow, scaling and trade-offs.', aliases: ['systems design', 'distributed systems design'] },

  // Design
  { name: 'Figma', category: 'design', description: 'A collaborative interface design and prototyping tool.', parent: 'graphics editor software' },
  { name: 'Sketch', category: 'design', description: 'A vector design tool for user interfaces on macOS.', parent: 'graphics editor software' },
  { name: 'Adobe XD', category: 'design', description: "Adobe's user interface design and prototyping tool.", parent: 'graphics editor software' },
  { name: 'Adobe Photoshop', category: 'design', description: "Adobe's raster image editor.", aliases: ['photoshop'] },
  { name: 'Adobe Illustrator', category: 'design', description: "Adobe's vector graphics editor." },
  { name: 'Adobe InDesign', category: 'design', description: "Adobe's page layout and desktop publishing software.", aliases: ['indesign'], related: ['desktop publishing'] },
  { name: 'Canva', category: 'design', description: 'An online graphic design tool for social media, presentations and print.' },
  { name: 'UX design', category: 'design', description: 'Designing how a product works for its users, from research to flows and prototypes.', aliases: ['user experience design', 'ux', 'ux/ui', 'user research'] },
  { name: 'UI design', category: 'design', description: 'Designing the look and layout of user interfaces.', aliases: ['user interface design', 'ui'], related: ['UX design'] },
  { name: 'wireframing', category: 'design', description: 'Sketching the structure of screens before visual design.', aliases: ['wireframes', 'prototyping'], related: ['UX design'] },

  // Office, business and project tools
  { name: 'Microsoft Excel', category: 'tool', description: "Microsoft's spreadsheet software.", aliases: ['excel', 'ms excel', 'spreadsheets'], related: ['use spreadsheets software'], parent: 'office software' },
  { name: 'Microsoft Word', category: 'tool', description: "Microsoft's word processor.", aliases: ['ms word'], related: ['use word processing software'], parent: 'office software' },
  { name: 'Microsoft PowerPoint', category: 'tool', description: "Microsoft's presentation software.", aliases: ['powerpoint', 'ms powerpoint'], related: ['use presentation software'], parent: 'office software' },
  { name: 'Microsoft Office', category: 'tool', description: "Microsoft's office suite: Word, Excel, PowerPoint and Outlook.", aliases: ['ms office', 'office 365', 'microsoft 365'], parent: 'office software' },
  { name: 'Google Workspace', category: 'tool', description: "Google's office suite: Docs, Sheets, Slides, Gmail and Drive.", aliases: ['g suite', 'google docs', 'google sheets'], parent: 'office software' },
  { name: 'Jira', category: 'tool', description: "Atlassian's issue and project tracker.", aliases: ['atlassian jira'], related: ['Agile'] },
  { name: 'Confluence', category: 'tool', description: "Atlassian's team wiki.", aliases: ['atlassian confluence'] },
  { name: 'Trello', category: 'tool', description: 'A Kanban-style board for organising tasks.', related: ['Kanban'] },
  { name: 'Slack', category: 'tool', description: 'A team messaging app.' },
  { name: 'Postman', category: 'tool', description: 'A tool for building and testing HTTP APIs.', related: ['REST APIs'] },
  { name: 'Visual Studio Code', category: 'tool', description: "Microsoft's open-source code editor.", aliases: ['vs code', 'vscode'], parent: 'integrated development environment software' },
  { name: 'IntelliJ IDEA', category: 'tool', description: "JetBrains' IDE for Java and Kotlin.", aliases: ['intellij'], parent: 'integrated development environment software' },
  { name: 'Salesforce', category: 'platform', description: 'A cloud CRM platform for sales, service and marketing.', aliases: ['sfdc', 'salesforce crm'], related: ['customer relationship management'] },
  { name: 'HubSpot', category: 'platform', description: 'A CRM and marketing automation platform.', related: ['customer relationship management'] },
  { name: 'SAP', category: 'platform', description: "SAP's enterprise resource planning software.", aliases: ['sap erp', 's/4hana', 'sap s/4hana'], related: ['SAP R3'] },
  { name: 'QuickBooks', category: 'tool', description: "Intuit's accounting software for small businesses.", related: ['accounting'] },
  { name: 'Xero', category: 'tool', description: 'Cloud accounting software for small businesses.', related: ['accounting'] },
  { name: 'Shopify', category: 'platform', description: 'A hosted e-commerce platform.', related: ['e-commerce systems'] },
  { name: 'Zendesk', category: 'tool', description: 'A customer service and ticketing platform.' },
  { name: 'Workday', category: 'platform', description: 'Cloud software for human resources and finance.' },

  // Marketing
  { name: 'SEO', category: 'knowledge', description: 'Making web pages rank well in search engines.', aliases: ['search engine optimization'], sameAs: ['search engine optimisation'] },
  { name: 'Google Ads', category: 'tool', description: "Google's advertising platform for search, display and video ads.", aliases: ['google adwords', 'adwords'], related: ['pay-per-click'] },
  { name: 'content marketing', category: 'knowledge', description: 'Attracting customers with useful articles, videos and other content.', related: ['digital marketing techniques'] },
  { name: 'email marketing', category: 'knowledge', description: 'Planning, writing and measuring email campaigns.', related: ['digital marketing techniques'] },
];
