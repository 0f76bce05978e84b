package dev.jobpostlint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes the text of one synthetic job posting (about 3 KB) in German or English as lines: {@code "# "} starts
 * a heading, {@code "- "} a bullet, anything else is a paragraph. Sections follow real postings: about us,
 * tasks, requirements, benefits, application. Some postings carry influencer-style requirements, and all
 * carry the hard negatives (the company's own followers, reporting on reach) that share their vocabulary.
 */
final class PostingText {

    /** About this many characters of text per posting. */
    static final int TARGET_CHARS = 2500;

    private static final String[] COMPANIES = {"Loomwerk", "Nordlicht Media", "Kaffeekontor", "Brightside Labs",
        "Fjord & Fell", "Hafenblick Hotels", "Pixelwerk", "Greenbox", "Ostwind Outdoor", "Sonnenhof Bio",
        "Forge & Flow", "Atlas Logistics", "Lumen Dental", "Kiezklang Records", "Alpaka Software", "Wellenreiter"};
    private static final String[] CITIES = {"Berlin", "Hamburg", "Köln", "München", "Leipzig", "Bremen",
        "Manchester", "Leeds", "Dublin", "Bristol", "Wien", "Zürich"};
    private static final String[] PLATFORMS = {"Instagram", "TikTok", "YouTube", "LinkedIn", "Pinterest", "Twitch"};
    private static final String[] NUMBERS = {"5.000", "10.000", "20.000", "50.000", "10k", "25k", "100k"};
    private static final String[] EN_NUMBERS = {"5,000", "10,000", "20,000", "50,000", "10k", "25k", "100k"};

    private static final Lang DE = new Lang(
            new String[] {"Social Media Manager (m/w/d)", "Content Creator (m/w/d)", "Community Manager:in",
                "Online-Redakteur:in Social Media", "Werkstudent:in Social Media"},
            new String[] {"Über uns", "Deine Aufgaben", "Dein Profil", "Das bieten wir", "Bewerbung"},
            new String[] {
                "{company} ist ein Familienunternehmen aus {city} mit rund 120 Mitarbeitenden.",
                "Seit 2012 entwickeln wir Produkte, die lange halten und fair hergestellt werden.",
                "Mit über 300.000 Followern auf {platform} gehören wir zu den sichtbarsten Marken im DACH-Raum.",
                "Unser Team arbeitet hybrid zwischen Büro und Homeoffice und trifft sich jeden Donnerstag.",
                "Wir wachsen stetig und suchen Verstärkung für unser Marketing-Team in {city}.",
                "Nachhaltigkeit ist für uns kein Schlagwort, sondern Grundlage jeder Entscheidung.",
                "Unsere Kanäle auf {platform} zählen aktuell 31.000 Follower, Tendenz steigend.",
                "Wir beliefern Kundinnen und Kunden in ganz Europa und betreiben drei Filialen.",
            },
            new String[] {
                "Du entwickelst unsere Social-Media-Strategie für {platform} und {platform2} weiter.",
                "Du planst Content entlang unserer Kampagnen und Produktlaunches.",
                "Du steigerst die Reichweite unserer Kanäle und baust unsere Community gezielt aus.",
                "Du steuerst Kooperationen mit Influencer:innen vom Briefing bis zur Abrechnung.",
                "Du berichtest monatlich über Follower-Wachstum, Engagement-Rate und Klickrate.",
                "Du arbeitest eng mit Performance Marketing und unserem Fotostudio zusammen.",
                "Du beantwortest Kommentare und Nachrichten gemeinsam mit dem Kundenservice.",
                "Du erstellst Redaktionspläne und stimmst sie mit der Produktentwicklung ab.",
                "Du wertest Kampagnen aus und leitest Empfehlungen für die nächste Saison ab.",
                "Du betreust unser Budget für Paid Social und optimierst Anzeigen laufend.",
            },
            new String[] {
                "Mindestens drei Jahre Erfahrung im Social Media Management, idealerweise im E-Commerce",
                "Du kennst die Algorithmen der Plattformen und hast Erfahrung mit Paid Social.",
                "Du kannst Kampagnenerfolge mit Zahlen belegen, etwa mit Engagement-Rate, CTR und ROAS.",
                "Sehr gutes Deutsch, gutes Englisch in Wort und Schrift",
                "Du arbeitest strukturiert und behältst auch in Launch-Phasen den Überblick.",
                "Erfahrung mit Tools wie Canva, CapCut oder der Adobe Creative Cloud",
                "Ein abgeschlossenes Studium oder eine Ausbildung im Bereich Marketing oder Kommunikation",
                "Deine Followerzahl spielt für uns keine Rolle.",
            },
            new String[] {
                "Du hast mindestens {n} Follower auf deinem eigenen {platform}-Account.",
                "Du bringst eine eigene Followerschaft von mind. {n} auf {platform} mit.",
                "Idealerweise hast du auf {platform} schon {n}+ Follower.",
                "Du verfügst über eine große Followerschaft auf {platform}.",
            },
            new String[] {
                "30 Tage Urlaub und flexible Arbeitszeiten",
                "Ein Weiterbildungsbudget von 1.500 Euro im Jahr",
                "JobRad und Zuschuss zum Deutschlandticket",
                "Betriebliche Altersvorsorge mit Arbeitgeberzuschuss",
                "Ein Team, das Fehler als Teil des Lernens sieht",
                "Mitarbeiterrabatt auf das gesamte Sortiment",
            },
            new String[] {
                "Schick uns deinen Lebenslauf und ein kurzes Anschreiben über unser Bewerbungsportal.",
                "Gern auch ein Portfolio mit Kampagnen, die du für Marken umgesetzt hast.",
                "Bei Fragen hilft dir unsere Ansprechpartnerin Jana Petersen aus dem People-Team.",
            });

    private static final Lang EN = new Lang(
            new String[] {"Social Media Manager", "Content Creator", "Community Manager", "Social Media Specialist",
                "Social Media Intern"},
            new String[] {"About us", "Your responsibilities", "What we're looking for", "What we offer",
                "How to apply"},
            new String[] {
                "{company} runs 36 affordable shops across {city} and the surrounding region.",
                "More than 95,000 customers shop with us every week.",
                "With over 300,000 followers on {platform}, we are one of the best known brands in our field.",
                "We're opening eight new locations this year, and social is how most people find us.",
                "Our team of 45 people works hybrid between our {city} office and home.",
                "Sustainability is not a slogan for us but the basis of every decision.",
                "Our {platform} channels currently count 31,000 followers and keep growing.",
                "We have been family owned since 1998 and still make every product in {city}.",
            },
            new String[] {
                "Create and schedule content for {platform} and {platform2} at national and local level.",
                "Coordinate shoots with our staff, who appear on camera in short tutorials.",
                "Manage our ambassador programme of around 50 creators.",
                "Grow our {platform} reach in every city where we open a new location.",
                "Track sign-ups, cost per lead and engagement for each campaign and share what you learn.",
                "Keep on top of comments and messages together with our customer service team.",
                "Report monthly on follower growth, engagement rate and click-through rate.",
                "Plan the editorial calendar with product and design teams.",
                "Run paid social campaigns and optimise them week by week.",
                "Brief agencies and freelancers and review their work.",
            },
            new String[] {
                "2+ years' experience in social media, ideally in retail or e-commerce",
                "A good eye for editing in CapCut, Premiere Rush or similar",
                "You can show campaign results with numbers such as engagement rate, CTR and ROAS.",
                "Excellent written English and a feel for our brand voice",
                "You stay organised and calm when several launches happen at once.",
                "Experience with scheduling and analytics tools",
                "A degree or training in marketing, communication or a related field",
                "Your follower count does not matter to us.",
            },
            new String[] {
                "You have at least {n} followers on your own {platform} account.",
                "{n}+ followers across your personal channels",
                "You bring a large personal following on {platform}.",
                "Ideally you already have {n} followers on {platform}.",
            },
            new String[] {
                "28 days' holiday plus bank holidays",
                "A yearly learning budget of 1,500 pounds",
                "Flexible hours and up to three days at home per week",
                "A pension scheme with employer contributions",
                "Free membership for you and a friend",
                "A camera, gimbal and lighting kit for shoots",
            },
            new String[] {
                "Apply via our website with your CV and a few lines about a brand account you admire.",
                "Feel free to add a portfolio of campaigns you ran for brands.",
                "Questions? Our recruiter Sam Patel is happy to help.",
            });

    private record Lang(String[] titles, String[] headings, String[] about, String[] tasks, String[] requirements,
                        String[] influencer, String[] benefits, String[] application) {
    }

    private PostingText() {
    }

    /** The lines of one posting; {@code influencer} adds one to three influencer-style requirements. */
    static List<String> lines(Random random, boolean german, boolean influencer) {
        Lang lang = german ? DE : EN;
        String company = pick(random, COMPANIES);
        String city = pick(random, CITIES);
        List<String> lines = new ArrayList<>();
        lines.add("# " + pick(random, lang.titles()) + " – " + company);
        lines.add(company + " · " + city + " · " + (german ? "Vollzeit" : "Full-time"));
        int chars = 0;
        String[][] sections = {lang.about(), lang.tasks(), lang.requirements(), lang.benefits(), lang.application()};
        int[] counts = {4, 7, 6, 5, 2};
        int round = 0;
        while (chars < TARGET_CHARS) {
            for (int s = 0; s < sections.length && chars < TARGET_CHARS; s++) {
                lines.add("# " + lang.headings()[s] + (round > 0 ? " (" + (round + 1) + ")" : ""));
                int sectionStart = lines.size();
                List<String> pool = new ArrayList<>(List.of(sections[s]));
                Collections.shuffle(pool, random);
                int n = Math.min(pool.size(), counts[s] - random.nextInt(2));
                for (int i = 0; i < n; i++) {
                    String line = fill(pool.get(i), random, company, city, german);
                    lines.add(s == 0 || s == 4 ? line : "- " + line);
                    chars += line.length() + 1;
                }
                if (s == 2 && influencer && round == 0) {
                    int k = 1 + random.nextInt(3);
                    for (int i = 0; i < k; i++) {
                        String line = fill(pick(random, lang.influencer()), random, company, city, german);
                        lines.add(sectionStart + random.nextInt(lines.size() - sectionStart + 1), "- " + line);
                        chars += line.length() + 1;
                    }
                }
            }
            round++;
        }
        return lines;
    }

    private static String fill(String template, Random random, String company, String city, boolean german) {
        String platform = pick(random, PLATFORMS);
        String platform2 = pick(random, PLATFORMS);
        return template.replace("{company}", company).replace("{city}", city)
                .replace("{platform2}", platform2).replace("{platform}", platform)
                .replace("{n}", pick(random, german ? NUMBERS : EN_NUMBERS));
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
