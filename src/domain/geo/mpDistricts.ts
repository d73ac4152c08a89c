/**
 * Madhya Pradesh's 55 districts (52 from the LGD 2020 list + Maihar, Mauganj, Pandhurna created in
 * 2023) with official / common Hindi spellings, their division, LGD code (0 where the 2023 districts
 * have none in our source), and approximate district-headquarters coordinates (for the tile map).
 */
import { district, divisions, type District, type Division } from './district';

export type { District, Division } from './district';

export const MP_DIVISIONS: Division[] = divisions({
  Bhopal: 'भोपाल', Chambal: 'चंबल', Gwalior: 'ग्वालियर', Narmadapuram: 'नर्मदापुरम', Indore: 'इंदौर',
  Jabalpur: 'जबलपुर', Rewa: 'रीवा', Sagar: 'सागर', Shahdol: 'शहडोल', Ujjain: 'उज्जैन',
});

const d = district;

export const MP_DISTRICTS: District[] = [
  d('Bhopal', 'भोपाल', 'Bhopal', 396, 23.26, 77.41),
  d('Raisen', 'रायसेन', 'Bhopal', 421, 23.33, 77.78),
  d('Rajgarh', 'राजगढ़', 'Bhopal', 422, 24.01, 76.73),
  d('Sehore', 'सीहोर', 'Bhopal', 427, 23.2, 77.08),
  d('Vidisha', 'विदिशा', 'Bhopal', 437, 23.52, 77.81),
  d('Bhind', 'भिंड', 'Chambal', 395, 26.56, 78.78, ['भिण्ड']),
  d('Morena', 'मुरैना', 'Chambal', 417, 26.5, 78.0),
  d('Sheopur', 'श्योपुर', 'Chambal', 431, 25.67, 76.7),
  d('Ashoknagar', 'अशोकनगर', 'Gwalior', 391, 24.58, 77.73, ['Ashok Nagar']),
  d('Datia', 'दतिया', 'Gwalior', 401, 25.67, 78.46),
  d('Guna', 'गुना', 'Gwalior', 406, 24.65, 77.31),
  d('Gwalior', 'ग्वालियर', 'Gwalior', 407, 26.22, 78.18),
  d('Shivpuri', 'शिवपुरी', 'Gwalior', 432, 25.43, 77.66),
  d('Betul', 'बैतूल', 'Narmadapuram', 394, 21.9, 77.9),
  d('Harda', 'हरदा', 'Narmadapuram', 408, 22.34, 77.09),
  d('Narmadapuram', 'नर्मदापुरम', 'Narmadapuram', 409, 22.75, 77.72, ['Hoshangabad', 'होशंगाबाद']),
  d('Alirajpur', 'अलीराजपुर', 'Indore', 639, 22.31, 74.36, ['Alirajpur', 'Ali Rajpur']),
  d('Barwani', 'बड़वानी', 'Indore', 393, 22.03, 74.9, ['Badwani', 'बडवानी']),
  d('Burhanpur', 'बुरहानपुर', 'Indore', 397, 21.31, 76.23),
  d('Dhar', 'धार', 'Indore', 403, 22.6, 75.3),
  d('Indore', 'इंदौर', 'Indore', 410, 22.72, 75.86, ['इन्दौर']),
  d('Jhabua', 'झाबुआ', 'Indore', 412, 22.77, 74.59),
  d('Khandwa', 'खंडवा', 'Indore', 405, 21.82, 76.35, ['East Nimar', 'पूर्व निमाड़ खण्डवा', 'पूर्व निमाड़', 'खण्डवा', 'Khandwa (East Nimar)']),
  d('Khargone', 'खरगोन', 'Indore', 414, 21.82, 75.61, ['West Nimar', 'खरगौन', 'पश्चिम निमाड़', 'Khargone (West Nimar)']),
  d('Balaghat', 'बालाघाट', 'Jabalpur', 392, 21.8, 80.18),
  d('Chhindwara', 'छिंदवाड़ा', 'Jabalpur', 399, 22.06, 78.94, ['छिन्दवाड़ा']),
  d('Dindori', 'डिंडोरी', 'Jabalpur', 404, 22.94, 81.08, ['डिण्डोरी']),
  d('Jabalpur', 'जबलपुर', 'Jabalpur', 411, 23.18, 79.95),
  d('Katni', 'कटनी', 'Jabalpur', 413, 23.83, 80.39),
  d('Mandla', 'मंडला', 'Jabalpur', 415, 22.6, 80.37, ['मण्डला']),
  d('Narsinghpur', 'नरसिंहपुर', 'Jabalpur', 418, 22.95, 79.19, ['Narsimhapur', 'Narsingpur']),
  d('Seoni', 'सिवनी', 'Jabalpur', 428, 22.09, 79.54),
  d('Pandhurna', 'पांढुर्णा', 'Jabalpur', 0, 21.6, 78.52, ['पांढुरना', 'Pandhurana']),
  d('Rewa', 'रीवा', 'Rewa', 424, 24.53, 81.3),
  d('Satna', 'सतना', 'Rewa', 426, 24.58, 80.83),
  d('Sidhi', 'सीधी', 'Rewa', 433, 24.4, 81.88),
  d('Singrauli', 'सिंगरौली', 'Rewa', 638, 24.2, 82.67),
  d('Maihar', 'मैहर', 'Rewa', 0, 24.27, 80.76),
  d('Mauganj', 'मऊगंज', 'Rewa', 0, 24.67, 81.88),
  d('Chhatarpur', 'छतरपुर', 'Sagar', 398, 24.92, 79.58, ['छ्तरपुर']),
  d('Damoh', 'दमोह', 'Sagar', 400, 23.83, 79.44),
  d('Niwari', 'निवाड़ी', 'Sagar', 722, 25.35, 78.8, ['निवारी']),
  d('Panna', 'पन्ना', 'Sagar', 420, 24.72, 80.19),
  d('Sagar', 'सागर', 'Sagar', 425, 23.84, 78.74, ['Saugor']),
  d('Tikamgarh', 'टीकमगढ़', 'Sagar', 434, 24.74, 78.83),
  d('Anuppur', 'अनूपपुर', 'Shahdol', 390, 23.1, 81.69),
  d('Shahdol', 'शहडोल', 'Shahdol', 429, 23.3, 81.36),
  d('Umaria', 'उमरिया', 'Shahdol', 436, 23.52, 80.84),
  d('Agar Malwa', 'आगर मालवा', 'Ujjain', 667, 23.71, 76.02, ['Agar', 'आगर', 'AgarMalwa']),
  d('Dewas', 'देवास', 'Ujjain', 402, 22.97, 76.05),
  d('Mandsaur', 'मंदसौर', 'Ujjain', 416, 24.07, 75.07, ['मन्दसौर', 'Mandsour']),
  d('Neemuch', 'नीमच', 'Ujjain', 419, 24.47, 74.87),
  d('Ratlam', 'रतलाम', 'Ujjain', 423, 23.33, 75.04),
  d('Shajapur', 'शाजापुर', 'Ujjain', 430, 23.43, 76.27),
  d('Ujjain', 'उज्जैन', 'Ujjain', 435, 23.18, 75.78),
];
