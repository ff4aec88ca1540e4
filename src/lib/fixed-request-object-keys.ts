import type { JWK } from 'jose';

/**
 * Published test keys for request objects in deterministic mode (RFC 9101 on the mock only). jose
 * cannot derive a key pair from a seed (WebCrypto generates keys from its own randomness), so every
 * seed uses these two: the public JWK a snapshot shows and the key the mock registers stay the same
 * from run to run. They protect nothing: anyone can sign with them, and they only ever sign requests
 * for the in-browser mock. Made once with Node's crypto.generateKeyPairSync for this file.
 */
export const FIXED_ES256_REQUEST_OBJECT_JWK: JWK = {
  kty: 'EC',
  x: 'nBqq3rPcmiwI6BHcX6HZ4HUTYqtcDBmsgWJ7kn2Txtg',
  y: 'AREZnLPkeT9GNyITK0S-WSUPZaQGxKv0D0NXQItrW8g',
  crv: 'P-256',
  d: '9V45JwwpweINu0zSw9Ao2uUtsS1Xnc6MDqNuofZB110',
};

export const FIXED_RS256_REQUEST_OBJECT_JWK: JWK = {
  kty: 'RSA',
  n: 't0K_2t-bAcH3MSAfWpISz98Eu9mP6IQ0cgnHN2AHp9OTeef48vzkVUYsGz_zrycMX58Ofi-rMYJKSeW4uHN8d1kfhbtx1NH9yYj4hcN8i5pIr7-GO2pxgRswgNE45fx4VLLZc08JnQhKNyox1r-NxxC5V8KTFN0ZRMfCaWI_fWD2-EEnruLYnin70EzaQhwPSvk2rqb3zDTjspRPw8WM2_zpmfBM5ZYRtivthwwIsp5oXQGFZaLpqE14F1rIkUjQo80kisneusnQ8YDZXarrJxRZm8B0j1DGTJenKviYNq93ovVfKDjs8wPv3OPy5JbuaOBW08ZqCMvLzPUl9QDGbw',
  e: 'AQAB',
  d: 'A4RBMKIGoQubArmErU6mrcNJ0MQyaFo6tDWCOfEBAWdxKdWzVHZZEb0KLtVIIWq0zuDufKoz6GKBRAnBROJycP5Bn8win9x0hXmE_owelIJrAqeNaKmr1x5k2Xpdhr97HHHFWnRNBIZnZi3_gG9y-QiJH4-ZFiPOaFN5ysWBeMmeYeaOWCzWwjgwIWVJc3DakgfGva2KGARo9Y31_DV6OycJP735rbUy6sW3UgBMhaas-9-K3PB05RmAUOqTzAEEQ0HC1Z6vmVKvI24iIZLAoSuXLaH6Q-LAcOHvW7ZSflgy9dQDuUHnieHKWioN6YFvVsIhmXP6c2QvVBzKXpkDAQ',
  p: '81iSSDyhUE7kYoZYUAl1-RR9RWiQxBtj9IrTTHjRgt1Ck_TXqcdPxMdJKJBc_gKgZIZZ6JXnj-KDB1xpRghwrqG81UQBj9KxHnVilbxUfAkFcn30zS8QoXmBUMWsGrLfUQkYQBiF8J3vH189pkiRm7kwxAvidiqbFGHqFtJDmik',
  q: 'wMpSUwCXFTQgpF2yfqx0VXZ-t33jHRA5nFp1DkAm1w7BQV_hTgMk87KAoivZru6G7IVJF1bfdKbZn3bvP2dLYFLp8J-29f0gvutpWIjkpGKSvYDmDmgF8J_LYKVIS7W_maYfkuoTOxKxl1b4r4yFJq1ur7CbgQY0EjpTrGkNntc',
  dp: '6SdLwPqWdKOiHuQpaUYnSmdfP0lYqwyzUHJS0UpRMtlcGPbWS000GI34gm0PLDDIDIjNTBOUsj-M21inZPphPHCqxItME8kC-vPtaRnwuIbMOU6FZrJZdN0-EW3T4CDR5oqYOZFFg61Olvhh0RhmqpVdK_lXGXDo9TZ7WzJKo0E',
  dq: 'GgBvoAA5YEO6j1CPzWPnAMvNhWP2KKpSitLsbLKcSm8UA4Qx9_qWlkOh871kS6KiEe5cEEjINIx4V3iMBgohcWldYfW4kG7GZtmLSMSVydH9po9m99Rx0KVMoclI-eUWZVuxcHgfhd0clKPHQK38G15SymFQZ9N1XGv_cwZsLts',
  qi: 'KrtS8CsEd0Ke88J_gFH8VPEbetHPaI3YzNNKOcFp1kDj49LMBMOOBj-S4oHA5xhy9LvoYyigszsG_SCgnIdvmDKiCp9uvnxdBZ1Kgf7T2wS5eh6yRAnmjsowSbdSIiuXw56i2l2Ieagydto6labslGx_5OqDfKW0y-uaVyLwNq4',
};
