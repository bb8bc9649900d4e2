/** De versie van dit pakket; een test houdt haar gelijk aan package.json. */
export const versie = '0.1.0';
