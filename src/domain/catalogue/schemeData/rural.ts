/** Panchayat & Rural Development, Urban Development and PHE (water) schemes. */
import type { SchemeDef } from './define';

export const RURAL_URBAN_SCHEMES: SchemeDef[] = [
  { id: 'PMAY_G', department: 'PANCHAYAT', en: 'Pradhan Mantri Awas Yojana Gramin', hi: 'प्रधानमंत्री आवास योजना ग्रामीण', params: [
    ['PRD_PMAYG_SANCTIONED', 'PMAY-G houses sanctioned', 'स्वीकृत ग्रामीण आवास', 'count', 1500],
    ['PRD_PMAYG_COMPLETED', 'PMAY-G houses completed', 'पूर्ण ग्रामीण आवास', 'count', 900],
    ['PRD_PMAYG_INST2', 'Second instalment released', 'जारी द्वितीय किस्त', '%', 90],
    ['PRD_PMAYG_DELAYED', 'Houses incomplete 12 months after sanction', 'स्वीकृति के 12 माह बाद भी अपूर्ण आवास', 'count', 200, 'lower'],
  ] },
  { id: 'MGNREGA', department: 'PANCHAYAT', en: 'Mahatma Gandhi NREGA', hi: 'महात्मा गांधी नरेगा', params: [
    ['PRD_MGN_PERSONDAYS', 'Person-days generated', 'सृजित मानव दिवस', 'count', 150000],
    ['PRD_MGN_TIMELY_PAY', 'Wages paid within 15 days', '15 दिवस में मजदूरी भुगतान', '%', 99],
    ['PRD_MGN_WOMEN', 'Share of person-days worked by women', 'महिलाओं के मानव दिवस का प्रतिशत', '%', 55],
    ['PRD_MGN_100DAYS', 'Households completing 100 days of work', '100 दिवस रोजगार पूर्ण करने वाले परिवार', 'count', 500],
    ['PRD_MGN_GEOTAG', 'MGNREGA assets geo-tagged', 'जियो-टैग की गई नरेगा परिसंपत्तियां', '%', 95],
  ] },
  { id: 'SBM_G', department: 'PANCHAYAT', en: 'Swachh Bharat Mission Gramin', hi: 'स्वच्छ भारत मिशन ग्रामीण', params: [
    ['PRD_SBMG_ODFPLUS', 'Villages declared ODF Plus', 'ओडीएफ प्लस घोषित ग्राम', '%', 80],
    ['PRD_SBMG_IHHL', 'Household toilets constructed', 'निर्मित व्यक्तिगत शौचालय', 'count', 300],
    ['PRD_SBMG_SWM', 'Villages with solid waste management', 'ठोस अपशिष्ट प्रबंधन वाले ग्राम', '%', 75],
  ] },
  { id: 'NRLM', department: 'PANCHAYAT', en: 'Deendayal Antyodaya Yojana NRLM (Aajeevika Mission)', hi: 'दीनदयाल अंत्योदय योजना एनआरएलएम (आजीविका मिशन)', params: [
    ['PRD_NRLM_SHG', 'Self-help groups formed', 'गठित स्व-सहायता समूह', 'count', 150],
    ['PRD_NRLM_CREDIT', 'Bank credit linkage of SHGs', 'स्व-सहायता समूहों का बैंक ऋण लिंकेज', 'Rs lakh', 800],
    ['PRD_NRLM_LAKHPATI', 'Lakhpati Didis', 'लखपति दीदी', 'count', 500],
  ] },
  { id: 'PMGSY', department: 'PANCHAYAT', en: 'Pradhan Mantri Gram Sadak Yojana', hi: 'प्रधानमंत्री ग्राम सड़क योजना', params: [
    ['PRD_PMGSY_KM', 'Rural road length completed', 'पूर्ण ग्रामीण सड़क लंबाई', 'km', 15],
  ] },
  { id: 'SVAMITVA', department: 'PANCHAYAT', en: 'SVAMITVA (property cards)', hi: 'स्वामित्व योजना (अधिकार अभिलेख)', params: [
    ['PRD_SVAMITVA_CARDS', 'Property cards distributed', 'वितरित अधिकार अभिलेख', '%', 90],
  ] },
  { id: 'PMAY_U', department: 'URBAN', en: 'Pradhan Mantri Awas Yojana Urban', hi: 'प्रधानमंत्री आवास योजना शहरी', params: [
    ['URB_PMAYU_COMPLETED', 'PMAY-U houses completed', 'पूर्ण शहरी आवास', 'count', 300],
    ['URB_PMAYU_INST', 'BLC instalments released', 'जारी बीएलसी किस्तें', '%', 90],
    ['URB_PMAYU_GEOTAG', 'PMAY-U houses geo-tagged', 'जियो-टैग शहरी आवास', '%', 95],
  ] },
  { id: 'SBM_U', department: 'URBAN', en: 'Swachh Bharat Mission Urban', hi: 'स्वच्छ भारत मिशन शहरी', params: [
    ['URB_SBMU_D2D', 'Wards with door-to-door collection', 'डोर-टू-डोर कचरा संग्रहण वाले वार्ड', '%', 100],
    ['URB_SBMU_SEGREGATION', 'Waste segregated at source', 'स्रोत पर पृथक्कृत कचरा', '%', 80],
    ['URB_SBMU_PROCESSED', 'Waste processed', 'प्रसंस्कृत कचरा', '%', 75],
  ] },
  { id: 'AMRUT', department: 'URBAN', en: 'AMRUT 2.0', hi: 'अमृत 2.0', params: [
    ['URB_AMRUT_TAP', 'Urban household tap connections', 'शहरी घरेलू नल कनेक्शन', 'count', 1000],
    ['URB_AMRUT_SEWER', 'Sewer connections', 'सीवर कनेक्शन', 'count', 500],
  ] },
  { id: 'PM_SVANIDHI', department: 'URBAN', en: 'PM SVANidhi', hi: 'पीएम स्वनिधि', params: [
    ['URB_SVANIDHI_LOANS', 'Street-vendor loans disbursed', 'पथ विक्रेताओं को वितरित ऋण', 'count', 400],
    ['URB_SVANIDHI_DIGITAL', 'Vendors digitally active', 'डिजिटल लेन-देन करने वाले पथ विक्रेता', '%', 60],
  ] },
  { id: 'URBAN_REVENUE', department: 'URBAN', en: 'Municipal Revenue', hi: 'नगरीय निकाय राजस्व', params: [
    ['URB_PROPERTY_TAX', 'Property tax collected against demand', 'मांग के विरुद्ध संपत्ति कर वसूली', '%', 80],
  ] },
  { id: 'JJM', department: 'PHE', en: 'Jal Jeevan Mission (Har Ghar Jal)', hi: 'जल जीवन मिशन (हर घर जल)', params: [
    ['PHE_JJM_FHTC', 'Functional household tap connections', 'क्रियाशील घरेलू नल कनेक्शन', 'count', 3000],
    ['PHE_JJM_HGJ_CERT', 'Villages certified Har Ghar Jal', 'हर घर जल प्रमाणित ग्राम', '%', 70],
    ['PHE_JJM_SCHEMES', 'Single-village schemes completed', 'पूर्ण एकल ग्राम नल-जल योजनाएं', 'count', 40],
  ] },
  { id: 'WATER_QUALITY', department: 'PHE', en: 'Water Quality Monitoring', hi: 'जल गुणवत्ता निगरानी', params: [
    ['PHE_WQ_TESTED', 'Drinking water samples tested', 'परीक्षित पेयजल नमूने', '%', 95],
    ['PHE_WQ_CONTAMINATED', 'Samples found contaminated', 'दूषित पाए गए नमूने', '%', 5, 'lower'],
  ] },
  { id: 'HANDPUMP', department: 'PHE', en: 'Hand-pump Maintenance', hi: 'हैंडपंप संधारण', params: [
    ['PHE_HP_FUNCTIONAL', 'Hand pumps functional', 'चालू हैंडपंप', '%', 95],
    ['PHE_HP_REPAIR_DAYS', 'Average days to repair a hand pump', 'हैंडपंप सुधार में लगे औसत दिवस', 'days', 3, 'lower'],
  ] },
];
