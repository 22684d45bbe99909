/**
 * axios over Taro's request (wx.request in the mini program, fetch in H5), so the HTTP transport
 * speaks axios on both targets. Every status is an answer here (the API's 4xx bodies are
 * envelopes); only a request that got no answer at all rejects.
 */
import Taro from '@tarojs/taro';
import { AxiosError, type AxiosAdapter, type AxiosResponse } from 'axios';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD';

export const taroAdapter: AxiosAdapter = async (config) => {
  const headers = Object.fromEntries(Object.entries(config.headers?.toJSON?.() ?? {}).map(([k, v]) => [k, String(v)]));
  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>;
  try {
    res = await Taro.request({
      url: `${config.baseURL ?? ''}${config.url ?? ''}`,
      method: (config.method ?? 'get').toUpperCase() as Method,
      // axios has already serialised a JSON body to a string.
      data: config.data as string | undefined,
      header: headers,
      timeout: config.timeout || undefined,
      dataType: 'json',
    });
  } catch (err) {
    throw new AxiosError(err instanceof Error ? err.message : 'request failed', AxiosError.ERR_NETWORK, config);
  }
  const response: AxiosResponse = { data: res.data, status: res.statusCode, statusText: '', headers: (res.header ?? {}) as Record<string, string>, config, request: null };
  if (config.validateStatus && !config.validateStatus(res.statusCode)) {
    throw new AxiosError(`status ${res.statusCode}`, AxiosError.ERR_BAD_RESPONSE, config, null, response);
  }
  return response;
};
