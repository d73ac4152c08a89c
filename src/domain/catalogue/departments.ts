/**
 * Madhya Pradesh government departments as they appear on the CM Helpline (181) and the CM Dashboard.
 * Ids are stable keys (used by scheme parameters and scorecards); names are what exports show.
 */
import type { Department } from './types';

const dep = (id: string, en: string, hi: string): Department => ({ id, name: { en, hi } });

export const DEPARTMENTS: Department[] = [
  dep('REVENUE', 'Revenue', 'राजस्व'),
  dep('ENERGY', 'Energy', 'ऊर्जा'),
  dep('PANCHAYAT', 'Panchayat & Rural Development', 'पंचायत एवं ग्रामीण विकास'),
  dep('URBAN', 'Urban Development & Housing', 'नगरीय विकास एवं आवास'),
  dep('FOOD', 'Food Civil Supplies & Consumer Protection', 'खाद्य नागरिक आपूर्ति एवं उपभोक्ता संरक्षण'),
  dep('HOME', 'Home (Police)', 'गृह (पुलिस)'),
  dep('HEALTH', 'Public Health & Family Welfare', 'लोक स्वास्थ्य एवं परिवार कल्याण'),
  dep('SCHOOL_EDU', 'School Education', 'स्कूल शिक्षा'),
  dep('WCD', 'Women & Child Development', 'महिला एवं बाल विकास'),
  dep('AGRI', 'Farmer Welfare & Agriculture Development', 'किसान कल्याण तथा कृषि विकास'),
  dep('PHE', 'Public Health Engineering', 'लोक स्वास्थ्य यांत्रिकी'),
  dep('SOCIAL_JUSTICE', 'Social Justice & Disabled Welfare', 'सामाजिक न्याय एवं दिव्यांगजन कल्याण'),
  dep('TRIBAL', 'Tribal Affairs', 'जनजातीय कार्य'),
  dep('SC_WELFARE', 'Scheduled Caste Welfare', 'अनुसूचित जाति कल्याण'),
  dep('BC_MINORITY', 'Backward Classes & Minority Welfare', 'पिछड़ा वर्ग एवं अल्पसंख्यक कल्याण'),
  dep('LABOUR', 'Labour', 'श्रम'),
  dep('COOPERATIVE', 'Cooperative', 'सहकारिता'),
  dep('HIGHER_EDU', 'Higher Education', 'उच्च शिक्षा'),
  dep('PWD', 'Public Works', 'लोक निर्माण'),
  dep('WRD', 'Water Resources', 'जल संसाधन'),
  dep('FOREST', 'Forest', 'वन'),
  dep('ANIMAL_HUSB', 'Animal Husbandry & Dairying', 'पशुपालन एवं डेयरी'),
  dep('HORTICULTURE', 'Horticulture & Food Processing', 'उद्यानिकी तथा खाद्य प्रसंस्करण'),
  dep('FISHERIES', 'Fishermen Welfare & Fisheries Development', 'मछुआ कल्याण तथा मत्स्य विकास'),
  dep('SKILL', 'Technical Education Skill Development & Employment', 'तकनीकी शिक्षा कौशल विकास एवं रोजगार'),
  dep('TRANSPORT', 'Transport', 'परिवहन'),
  dep('COMMERCIAL_TAX', 'Commercial Tax', 'वाणिज्यिक कर'),
  dep('MINING', 'Mineral Resources', 'खनिज साधन'),
  dep('MEDICAL_EDU', 'Medical Education', 'चिकित्सा शिक्षा'),
  dep('FINANCE', 'Finance', 'वित्त'),
  dep('GAD', 'General Administration', 'सामान्य प्रशासन'),
  dep('PUBLIC_SERVICE', 'Public Service Management', 'लोक सेवा प्रबंधन'),
  dep('MSME', 'Micro Small & Medium Enterprises', 'सूक्ष्म लघु एवं मध्यम उद्यम'),
  dep('RENEWABLE', 'New & Renewable Energy', 'नवीन एवं नवकरणीय ऊर्जा'),
  dep('AYUSH', 'AYUSH', 'आयुष'),
  dep('SPORTS', 'Sports & Youth Welfare', 'खेल एवं युवा कल्याण'),
  dep('CULTURE', 'Culture', 'संस्कृति'),
  dep('TOURISM', 'Tourism', 'पर्यटन'),
  dep('ENVIRONMENT', 'Environment', 'पर्यावरण'),
  dep('NARMADA', 'Narmada Valley Development', 'नर्मदा घाटी विकास'),
];

const BY_ID = new Map(DEPARTMENTS.map((d) => [d.id, d]));

/** The department with this id, or undefined. */
export function departmentById(id: string): Department | undefined {
  return BY_ID.get(id);
}

export { COMPLAINT_CATEGORIES } from './complaintCategories';
