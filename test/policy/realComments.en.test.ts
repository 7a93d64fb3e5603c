// Realistic English comments on the Ontario Ombudsman's page, as its communications officer would see them:
// each class of comment the English lexicons must catch (threats, emergencies, hate, insults, vulgarity,
// solicitation), several phrasings of each, and the harmless look-alikes a public body's page is full of.
import { describe } from 'vitest';
import { ruleTable, shippedPolicies } from './ruleTester.js';

const P = shippedPolicies();
const OMB = 'ombudsman-ontario';
const ok = (text: string) => ({ text, verdict: 'ok' as const });

describe('ombudsman-ontario: real English comments', () => {
  ruleTable(P, OMB, 'threat', {
    valid: [
      ok('This is a disgrace. The minister should resign.'),
      ok("I'm going to sue you all"),
      ok("I know where you're coming from, but I disagree"),
      ok('I know where you are going with this'),
      ok("I know where your office is, I'll drop the form off"),
      ok('Watch yourselves on the icy roads this morning'),
      ok('Watch yourself out there, stay safe'),
      ok('Please put a bullet point in the FAQ about deadlines'),
      ok('Someone needs to take out the trash at the shelter'),
      ok('Someone should take out the rats in my building'),
      ok('String up the lights for the festival'),
      ok("We need to take out the minister's comments from the report"),
      ok('Hands off the minister, she is doing her job'),
      ok('Put all the chairs against the wall after the meeting'),
      ok('Voters should take out the premier at the polls'),
    ],
    invalid: [
      { text: 'Somebody should put a bullet in that minister', match: 'bullet', verdict: 'hide' },
      { text: 'Someone needs to put a bullet in the premier', verdict: 'hide' },
      { text: "I'd love to pump a few bullets into every one of these politicians", verdict: 'hide' },
      { text: 'Somebody ought to take out the mayor', match: 'take out the mayor' },
      { text: 'Someone needs to string him up', verdict: 'hide' },
      { text: 'They should string up every one of those bureaucrats', verdict: 'hide' },
      { text: 'Line them all up against the wall', verdict: 'hide' },
      { text: 'I know where your staff park their cars. Watch yourselves.', match: 'Watch yourselves', verdict: 'hide' },
      { text: 'We know where your employees live', verdict: 'hide' },
      { text: "I know where the ombudsman's kids go to school", verdict: 'hide' },
      { text: "You'd better watch yourselves", verdict: 'hide' },
      { text: 'Watch yourself, Dubé', verdict: 'hide' },
      { text: 'It would be a shame if something happened to your office', verdict: 'hide' },
      { text: 'Sleep with one eye open, bureaucrats', verdict: 'hide' },
      { text: "I'm going to burn down the Queen's Park office", verdict: 'hide' },
    ],
  });

  ruleTable(P, OMB, 'emergency', {
    valid: [
      ok('The smoke detector program is great'),
      ok('We ended it all with a party at the community centre'),
      ok('There is black smoke coming from the factory chimney every night'),
      ok('The debate is full of smoke and mirrors'),
      ok('Weed smoke is coming into my unit from the apartment next door every night'),
      ok("I smell smoke from my neighbour's cigarettes every evening"),
      ok('The fire department is coming to my door to check the alarms'),
      ok('My husband hit me up with the link to your report'),
      ok('My son beat me at chess again'),
      ok('She is hitting her targets this year'),
      ok("He's beating the system"),
      ok('They are hitting us with more fees every year'),
      ok("They're hitting me with a tax I can't pay"),
      ok("I don't want to live in Toronto anymore"),
      ok("I don't want to live here anymore, the rent is too high"),
      ok('My mother wants to die at home, not in long-term care'),
      ok('I almost hurt myself on the broken sidewalk'),
      ok("I'm going to cut myself off from Facebook for a while"),
      ok('The ministry has been unresponsive to my emails'),
      ok('She was unresponsive to my calls for months'),
      ok("I can't take it anymore, the construction noise is unbearable"),
      ok('The government should end it all and scrap the program'),
      ok("They should take my life savings too while they're at it"),
      ok("I'm thinking about ending my life insurance policy"),
      ok('The program would be better off dead'),
      ok("I can't wake up at 5 am for my shift"),
      'My husband pushed me to file a complaint',
    ],
    invalid: [
      { text: "There's smoke coming out of the apartment next door and nobody is answering, what do I do?", reply: true },
      { text: 'Flames are shooting out of the house across the street', reply: true },
      { text: 'Black smoke is pouring from the basement window of my building', reply: true },
      { text: 'The hallway is full of smoke right now', reply: true },
      { text: "I smell smoke in my building and the alarm isn't working", reply: true },
      { text: "There's a strong smell of gas in our unit", reply: true },
      { text: 'It smells like gas in the whole apartment', reply: true },
      { text: 'gas smell in the stairwell, is this normal?', reply: true },
      { text: 'My dad stopped breathing', reply: true },
      { text: 'My grandmother is unresponsive on the floor', reply: true },
      { text: "I can't wake her up, she took a lot of pills", reply: true },
      { text: "I can't take it anymore, I'm thinking of ending it all", match: 'ending it all', reply: true },
      { text: "I'm going to end it all tonight", reply: true },
      { text: 'I just want to end it all', reply: true },
      { text: "I don't want to live anymore", reply: true },
      { text: 'I dont wanna be alive anymore', reply: true },
      { text: 'Thinking about ending my life', reply: true },
      { text: "I'm going to take my own life", reply: true },
      { text: 'Everyone would be better off without me', reply: true },
      { text: "I'd be better off dead", reply: true },
      { text: 'I have nothing left to live for', reply: true },
      { text: 'I just want to die', reply: true },
      { text: "I'm thinking about hurting myself again", reply: true },
      { text: "My husband hits me and I'm scared to go home", match: 'hits me', reply: true },
      { text: "My boyfriend beat me last night and he's still here", reply: true },
      { text: 'My partner keeps hitting me', reply: true },
      { text: 'My ex choked me and threatened to kill me', reply: true },
      { text: 'My neighbour is beating his wife right now', reply: true },
    ],
  });

  ruleTable(P, OMB, 'hate', {
    valid: [
      ok('Please send the forms back to the office by Friday'),
      ok('I got two letters by mistake, should I send them back where they came from?'),
      ok('Go back to the previous page and click submit'),
      ok('The bus will take you back to the terminal'),
      ok('You may need to go back to your home country to renew the passport'),
      ok("You'll need to go back to your country to get the documents"),
      ok('Go back to your account and check the status'),
      ok('I had to get out of my country because of the war'),
      ok('How do I get my pension out of Canada?'),
      ok('Immigrants are taking the jobs nobody else wants'),
      ok("Immigrants aren't stealing our jobs, that's a myth"),
      ok('AI is stealing our jobs'),
      ok('Robots are taking our jobs'),
      ok('Immigrants are taking our country forward'),
      ok('Indigenous leaders took our land claim to court'),
      ok('Indigenous children were stolen from the homes of their families'),
      ok('Women get our jobs done every day'),
      ok('Put them out where they belong, in the recycling bin'),
      ok('Refugees came to the shelter but the staff sent them back'),
    ],
    invalid: [
      { text: 'Immigrants are stealing our jobs, send them all back where they came from', verdict: 'hide' },
      { text: "Go back to your own country if you don't like it here", verdict: 'hide' },
      { text: 'Go back where you came from', verdict: 'hide' },
      { text: 'Refugees are taking our jobs and our homes', verdict: 'hide' },
      { text: 'Muslims keep stealing our benefits', verdict: 'hide' },
      { text: 'Ship them all back to their own country', verdict: 'hide' },
      { text: 'Get out of our country', verdict: 'hide' },
      { text: 'Deport them all back to their shithole countries', verdict: 'hide' },
      { text: 'Foreigners stole our jobs, deport every last one back home', verdict: 'hide' },
    ],
  });

  ruleTable(P, OMB, 'insult', {
    valid: [
      ok('My welfare case was closed without notice'),
      ok("I'm on welfare and I'm not a bum"),
      ok('Welfare rates are too low'),
      ok('ODSP and trash pickup are both municipal issues here'),
      ok('The thieves who broke into my car were never caught'),
      ok('The police are looking for the thieves'),
      ok('Beware of fraudsters and con artists calling seniors'),
    ],
    invalid: [
      { text: 'Welfare bums should get off their lazy asses and work', match: 'Welfare bums', verdict: 'hide' },
      { text: 'ODSP leeches bleeding us dry', verdict: 'hide' },
      { text: 'Lazy welfare moochers, all of them', verdict: 'hide' },
      { text: 'These bureaucrats are crooks and thieves', match: 'crooks', verdict: 'review' },
      { text: 'Politicians are all a bunch of crooks', verdict: 'review' },
      { text: 'You people are nothing but thieves' },
      { text: 'The ministry is a den of thieves', verdict: 'review' },
      { text: 'You people are completely useless, a bunch of overpaid clowns', verdict: 'hide' },
    ],
  });

  ruleTable(P, OMB, 'obscene', {
    valid: [ok('The assessment of my property was wrong'), ok('Essex county council'), ok('The farm keeps a lazy old donkey and two mules')],
    invalid: [
      { text: 'Welfare bums should get off their lazy asses and work', match: 'lazy asses' },
      'Get off your lazy ass',
      'Move your fat ass out of the accessible spot',
      'Those lazy-ass bureaucrats never answer',
    ],
  });

  ruleTable(P, OMB, 'commercial', {
    valid: [
      ok('The code of conduct applies to everyone'),
      ok('Use code 52 on line 3 of the form'),
      ok('The province cut 20% off the budget'),
      ok('They took 10% off my cheque this month'),
      ok('The rebate takes 11.7% off your hydro bill'),
      ok('Save 20% on your hydro bill with the new rebate'),
      ok('The job offer was rescinded'),
      ok('The government signed a special deal with the developer'),
      ok('My doctor sent a referral to the clinic'),
      ok("Don't miss out on the public consultation"),
      ok('Enter the code for your account and then log off'),
      ok('Enter the code to get a free copy of the report'),
      ok('I went to shop today and the store was closed'),
    ],
    invalid: [
      { text: 'Get 50% off your next order at cheapmeds-online.com, use code SAVE50', match: 'off your next order' },
      'Take 20% off everything this weekend only!',
      '$10 off your first order with code WELCOME10',
      'Use code JANE15 for 15% off',
      'Enter SAVE20 at checkout',
      'Limited offer: buy one get one free',
      'Use my referral code to get a free month',
      'Half off all orders today',
    ],
  });

  // Already right before this file: keep them so.
  ruleTable(P, OMB, 'defamation', {
    valid: [ok('This is a disgrace. The minister should resign.')],
    invalid: [{ text: 'Paul Dubé took bribes', verdict: 'hide' }],
  });
  ruleTable(P, OMB, 'political', { valid: [ok("I'm going to sue you all")], invalid: ['Vote Conservative'] });
  ruleTable(P, OMB, 'media', { valid: [ok('Essex county council')], invalid: [{ text: "I'm a reporter at the Toronto Star", reply: true }] });
});
