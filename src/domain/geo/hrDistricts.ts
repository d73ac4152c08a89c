/**
 * Haryana's 22 districts in its six divisions (Ambala, Faridabad, Gurugram, Hisar, Karnal, Rohtak)
 * with Hindi names, the old and alternative names exports still use (Gurgaon → Gurugram 2016,
 * Mewat → Nuh 2016, Charkhi Dadri carved out of Bhiwani 2016, Mahendragarh with its HQ Narnaul),
 * and approximate headquarters coordinates (for the tile map). LGD codes are not carried (0).
 */
import { districtNoLgd, divisions, type District, type Division } from './district';

export const HR_DIVISIONS: Division[] = divisions({
  Ambala: 'अंबाला', Faridabad: 'फरीदाबाद', Gurugram: 'गुरुग्राम', Hisar: 'हिसार', Karnal: 'करनाल', Rohtak: 'रोहतक',
});

const d = districtNoLgd;

export const HR_DISTRICTS: District[] = [
  d('Ambala', 'अंबाला', 'Ambala', 30.38, 76.78, ['अम्बाला']),
  d('Kurukshetra', 'कुरुक्षेत्र', 'Ambala', 29.97, 76.85, ['Thanesar', 'कुरूक्षेत्र']),
  d('Panchkula', 'पंचकूला', 'Ambala', 30.69, 76.86, ['Panchkla', 'पंचकुला', 'पञ्चकूला']),
  d('Yamunanagar', 'यमुनानगर', 'Ambala', 30.13, 77.29, ['Yamuna Nagar', 'Jagadhri', 'यमुना नगर']),
  d('Faridabad', 'फरीदाबाद', 'Faridabad', 28.41, 77.32, ['फ़रीदाबाद']),
  d('Nuh', 'नूंह', 'Faridabad', 28.1, 77.0, ['Mewat', 'Nuh (Mewat)', 'Mewat (Nuh)', 'नूह', 'नूँह', 'मेवात']),
  d('Palwal', 'पलवल', 'Faridabad', 28.14, 77.33),
  d('Gurugram', 'गुरुग्राम', 'Gurugram', 28.46, 77.03, ['Gurgaon', 'Gurgram', 'Gurugram (Gurgaon)', 'गुड़गांव', 'गुड़गाँव', 'गुडगांव', 'गुरूग्राम']),
  d('Mahendragarh', 'महेंद्रगढ़', 'Gurugram', 28.05, 76.11, ['Mahendergarh', 'Mohindergarh', 'Narnaul', 'Mahendragarh (Narnaul)', 'महेन्द्रगढ़', 'नारनौल']),
  d('Rewari', 'रेवाड़ी', 'Gurugram', 28.2, 76.62, ['रेवाडी']),
  d('Fatehabad', 'फतेहाबाद', 'Hisar', 29.52, 75.45, ['फ़तेहाबाद']),
  d('Hisar', 'हिसार', 'Hisar', 29.15, 75.72, ['Hissar']),
  d('Jind', 'जींद', 'Hisar', 29.32, 76.32, ['Jeend', 'जीन्द']),
  d('Sirsa', 'सिरसा', 'Hisar', 29.53, 75.03),
  d('Kaithal', 'कैथल', 'Karnal', 29.8, 76.4),
  d('Karnal', 'करनाल', 'Karnal', 29.69, 76.99),
  d('Panipat', 'पानीपत', 'Karnal', 29.39, 76.97),
  d('Bhiwani', 'भिवानी', 'Rohtak', 28.79, 76.13),
  d('Charkhi Dadri', 'चरखी दादरी', 'Rohtak', 28.59, 76.27, ['Dadri', 'Charkhi-Dadri', 'CharkhiDadri', 'दादरी']),
  d('Jhajjar', 'झज्जर', 'Rohtak', 28.61, 76.66),
  d('Rohtak', 'रोहतक', 'Rohtak', 28.89, 76.61),
  d('Sonipat', 'सोनीपत', 'Rohtak', 28.99, 77.02, ['Sonepat', 'सोनीपत']),
];
