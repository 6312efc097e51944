import { progressOf } from '../src/routes/clients/progress';

test('a client without running campaigns is grey with no progress', () => {
  expect(progressOf({ runningCampaigns: 0, toBeContacted: 0, enrolments: 0 })).toEqual({
    total: 0,
    percent: 0,
    colour: 'grey',
  });
});

test('percent is the share of enrolments already contacted', () => {
  expect(progressOf({ runningCampaigns: 2, toBeContacted: 25, enrolments: 100 })).toEqual({
    total: 100,
    percent: 75,
    colour: 'green',
  });
});

test('percent is rounded down so a client only shows 100 when nobody is left to contact', () => {
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 1, enrolments: 1000 }).percent).toBe(99);
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 2, enrolments: 3 }).percent).toBe(33);
});

test('less than 15 % left to contact is red', () => {
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 14, enrolments: 100 }).colour).toBe('red');
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 0, enrolments: 100 })).toEqual({
    total: 100,
    percent: 100,
    colour: 'red',
  });
});

test('exactly 15 % left to contact is still green', () => {
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 15, enrolments: 100 }).colour).toBe('green');
});

test('nobody contacted yet is green at 0 %', () => {
  expect(progressOf({ runningCampaigns: 3, toBeContacted: 40, enrolments: 40 })).toEqual({
    total: 40,
    percent: 0,
    colour: 'green',
  });
});

test('running campaigns without any enrolment have nobody left to contact and are red', () => {
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 0, enrolments: 0 })).toEqual({
    total: 0,
    percent: 0,
    colour: 'red',
  });
});

test('a grey client stays grey whatever stale enrolment counts say', () => {
  expect(progressOf({ runningCampaigns: 0, toBeContacted: 3, enrolments: 10 }).colour).toBe('grey');
});

test('counters that briefly disagree never give a percent outside 0–100', () => {
  expect(progressOf({ runningCampaigns: 1, toBeContacted: 120, enrolments: 100 }).percent).toBe(0);
  expect(progressOf({ runningCampaigns: 1, toBeContacted: -5, enrolments: 100 }).percent).toBe(100);
});
