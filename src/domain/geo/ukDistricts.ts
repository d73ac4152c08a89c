/**
 * Uttarakhand's 13 districts in its two divisions (Garhwal, Kumaon) with Hindi names, the spellings
 * exports use, and approximate district-headquarters coordinates (for the tile map). LGD codes are
 * not carried (0): no LGD list for Uttarakhand is at hand, and nothing in the app keys on them.
 */
import { districtNoLgd, divisions, type District, type Division } from './district';

export const UK_DIVISIONS: Division[] = divisions({ Garhwal: 'गढ़वाल', Kumaon: 'कुमाऊँ' });

const d = districtNoLgd;

export const UK_DISTRICTS: District[] = [
  d('Chamoli', 'चमोली', 'Garhwal', 30.41, 79.32, ['Gopeshwar']),
  d('Dehradun', 'देहरादून', 'Garhwal', 30.32, 78.03, ['Dehra Dun', 'Dehra-Dun', 'देहरादुन']),
  d('Haridwar', 'हरिद्वार', 'Garhwal', 29.95, 78.16, ['Hardwar', 'हरद्वार']),
  d('Pauri Garhwal', 'पौड़ी गढ़वाल', 'Garhwal', 30.15, 78.78, ['Pauri', 'Garhwal', 'Pauri-Garhwal', 'पौड़ी', 'पौडी', 'पौडी गढ़वाल', 'पौड़ी गढवाल']),
  d('Rudraprayag', 'रुद्रप्रयाग', 'Garhwal', 30.28, 78.98, ['Rudra Prayag', 'रूद्रप्रयाग']),
  d('Tehri Garhwal', 'टिहरी गढ़वाल', 'Garhwal', 30.38, 78.43, ['Tehri', 'New Tehri', 'टिहरी', 'नई टिहरी', 'टिहरी गढवाल']),
  d('Uttarkashi', 'उत्तरकाशी', 'Garhwal', 30.73, 78.45, ['Uttar Kashi', 'Uttarkashi']),
  d('Almora', 'अल्मोड़ा', 'Kumaon', 29.6, 79.66, ['अल्मोडा']),
  d('Bageshwar', 'बागेश्वर', 'Kumaon', 29.84, 79.77, ['Bageswar']),
  d('Champawat', 'चंपावत', 'Kumaon', 29.34, 80.09, ['चम्पावत', 'Champavat']),
  d('Nainital', 'नैनीताल', 'Kumaon', 29.38, 79.46, ['Naini Tal', 'Haldwani']),
  d('Pithoragarh', 'पिथौरागढ़', 'Kumaon', 29.58, 80.22, ['पिथौरागढ']),
  d('Udham Singh Nagar', 'ऊधम सिंह नगर', 'Kumaon', 28.98, 79.4, ['Udhamsingh Nagar', 'Udham Singh Nagar (Rudrapur)', 'US Nagar', 'U.S. Nagar', 'USNagar',
    'उधम सिंह नगर', 'ऊधमसिंह नगर', 'उधमसिंह नगर', 'रुद्रपुर']),
];
