import{_ as $,d as Oe,f as tt}from"./shared-DUOmt4lY.js";const W=globalThis,le=W.ShadowRoot&&(W.ShadyCSS===void 0||W.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ce=Symbol(),ge=new WeakMap;let Ne=class{constructor(e,r,n){if(this._$cssResult$=!0,n!==ce)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=r}get styleSheet(){let e=this.o;const r=this.t;if(le&&e===void 0){const n=r!==void 0&&r.length===1;n&&(e=ge.get(r)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&ge.set(r,e))}return e}toString(){return this.cssText}};const rt=t=>new Ne(typeof t=="string"?t:t+"",void 0,ce),V=(t,...e)=>{const r=t.length===1?t[0]:e.reduce((n,i,s)=>n+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[s+1],t[0]);return new Ne(r,t,ce)},nt=(t,e)=>{if(le)t.adoptedStyleSheets=e.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(const r of e){const n=document.createElement("style"),i=W.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=r.cssText,t.appendChild(n)}},ye=le?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let r="";for(const n of e.cssRules)r+=n.cssText;return rt(r)})(t):t;const{is:it,defineProperty:st,getOwnPropertyDescriptor:ot,getOwnPropertyNames:at,getOwnPropertySymbols:lt,getPrototypeOf:ct}=Object,K=globalThis,ve=K.trustedTypes,dt=ve?ve.emptyScript:"",ut=K.reactiveElementPolyfillSupport,H=(t,e)=>t,B={toAttribute(t,e){switch(e){case Boolean:t=t?dt:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let r=t;switch(e){case Boolean:r=t!==null;break;case Number:r=t===null?null:Number(t);break;case Object:case Array:try{r=JSON.parse(t)}catch{r=null}}return r}},de=(t,e)=>!it(t,e),$e={attribute:!0,type:String,converter:B,reflect:!1,useDefault:!1,hasChanged:de};Symbol.metadata??=Symbol("metadata"),K.litPropertyMetadata??=new WeakMap;let j=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,r=$e){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(e,r),!r.noAccessor){const n=Symbol(),i=this.getPropertyDescriptor(e,n,r);i!==void 0&&st(this.prototype,e,i)}}static getPropertyDescriptor(e,r,n){const{get:i,set:s}=ot(this.prototype,e)??{get(){return this[r]},set(o){this[r]=o}};return{get:i,set(o){const l=i?.call(this);s?.call(this,o),this.requestUpdate(e,l,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??$e}static _$Ei(){if(this.hasOwnProperty(H("elementProperties")))return;const e=ct(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(H("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(H("properties"))){const r=this.properties,n=[...at(r),...lt(r)];for(const i of n)this.createProperty(i,r[i])}const e=this[Symbol.metadata];if(e!==null){const r=litPropertyMetadata.get(e);if(r!==void 0)for(const[n,i]of r)this.elementProperties.set(n,i)}this._$Eh=new Map;for(const[r,n]of this.elementProperties){const i=this._$Eu(r,n);i!==void 0&&this._$Eh.set(i,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const r=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const i of n)r.unshift(ye(i))}else e!==void 0&&r.push(ye(e));return r}static _$Eu(e,r){const n=r.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,r=this.constructor.elementProperties;for(const n of r.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return nt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,r,n){this._$AK(e,n)}_$ET(e,r){const n=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,n);if(i!==void 0&&n.reflect===!0){const s=(n.converter?.toAttribute!==void 0?n.converter:B).toAttribute(r,n.type);this._$Em=e,s==null?this.removeAttribute(i):this.setAttribute(i,s),this._$Em=null}}_$AK(e,r){const n=this.constructor,i=n._$Eh.get(e);if(i!==void 0&&this._$Em!==i){const s=n.getPropertyOptions(i),o=typeof s.converter=="function"?{fromAttribute:s.converter}:s.converter?.fromAttribute!==void 0?s.converter:B;this._$Em=i;const l=o.fromAttribute(r,s.type);this[i]=l??this._$Ej?.get(i)??l,this._$Em=null}}requestUpdate(e,r,n,i=!1,s){if(e!==void 0){const o=this.constructor;if(i===!1&&(s=this[e]),n??=o.getPropertyOptions(e),!((n.hasChanged??de)(s,r)||n.useDefault&&n.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(o._$Eu(e,n))))return;this.C(e,r,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,r,{useDefault:n,reflect:i,wrapped:s},o){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,o??r??this[e]),s!==!0||o!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(r=void 0),this._$AL.set(e,r)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[i,s]of this._$Ep)this[i]=s;this._$Ep=void 0}const n=this.constructor.elementProperties;if(n.size>0)for(const[i,s]of n){const{wrapped:o}=s,l=this[i];o!==!0||this._$AL.has(i)||l===void 0||this.C(i,void 0,s,l)}}let e=!1;const r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(r)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(r)}willUpdate(e){}_$AE(e){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(e){}firstUpdated(e){}};j.elementStyles=[],j.shadowRootOptions={mode:"open"},j[H("elementProperties")]=new Map,j[H("finalized")]=new Map,ut?.({ReactiveElement:j}),(K.reactiveElementVersions??=[]).push("2.1.2");const ue=globalThis,we=t=>t,z=ue.trustedTypes,xe=z?z.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ue="$lit$",y=`lit$${Math.random().toFixed(9).slice(2)}$`,Ve="?"+y,ht=`<${Ve}>`,k=document,R=()=>k.createComment(""),O=t=>t===null||typeof t!="object"&&typeof t!="function",he=Array.isArray,pt=t=>he(t)||typeof t?.[Symbol.iterator]=="function",Q=`[ 	
\f\r]`,M=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ae=/-->/g,ke=/>/g,w=RegExp(`>|${Q}(?:([^\\s"'>=/]+)(${Q}*=${Q}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Se=/'/g,je=/"/g,Fe=/^(?:script|style|textarea|title)$/i,De=t=>(e,...r)=>({_$litType$:t,strings:e,values:r}),m=De(1),pr=De(2),S=Symbol.for("lit-noChange"),p=Symbol.for("lit-nothing"),Ee=new WeakMap,A=k.createTreeWalker(k,129);function Ie(t,e){if(!he(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return xe!==void 0?xe.createHTML(e):e}const ft=(t,e)=>{const r=t.length-1,n=[];let i,s=e===2?"<svg>":e===3?"<math>":"",o=M;for(let l=0;l<r;l++){const a=t[l];let h,u,d=-1,f=0;for(;f<a.length&&(o.lastIndex=f,u=o.exec(a),u!==null);)f=o.lastIndex,o===M?u[1]==="!--"?o=Ae:u[1]!==void 0?o=ke:u[2]!==void 0?(Fe.test(u[2])&&(i=RegExp("</"+u[2],"g")),o=w):u[3]!==void 0&&(o=w):o===w?u[0]===">"?(o=i??M,d=-1):u[1]===void 0?d=-2:(d=o.lastIndex-u[2].length,h=u[1],o=u[3]===void 0?w:u[3]==='"'?je:Se):o===je||o===Se?o=w:o===Ae||o===ke?o=M:(o=w,i=void 0);const g=o===w&&t[l+1].startsWith("/>")?" ":"";s+=o===M?a+ht:d>=0?(n.push(h),a.slice(0,d)+Ue+a.slice(d)+y+g):a+y+(d===-2?l:g)}return[Ie(t,s+(t[r]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]};class N{constructor({strings:e,_$litType$:r},n){let i;this.parts=[];let s=0,o=0;const l=e.length-1,a=this.parts,[h,u]=ft(e,r);if(this.el=N.createElement(h,n),A.currentNode=this.el.content,r===2||r===3){const d=this.el.content.firstChild;d.replaceWith(...d.childNodes)}for(;(i=A.nextNode())!==null&&a.length<l;){if(i.nodeType===1){if(i.hasAttributes())for(const d of i.getAttributeNames())if(d.endsWith(Ue)){const f=u[o++],g=i.getAttribute(d).split(y),I=/([.?@])?(.*)/.exec(f);a.push({type:1,index:s,name:I[2],strings:g,ctor:I[1]==="."?_t:I[1]==="?"?bt:I[1]==="@"?gt:Y}),i.removeAttribute(d)}else d.startsWith(y)&&(a.push({type:6,index:s}),i.removeAttribute(d));if(Fe.test(i.tagName)){const d=i.textContent.split(y),f=d.length-1;if(f>0){i.textContent=z?z.emptyScript:"";for(let g=0;g<f;g++)i.append(d[g],R()),A.nextNode(),a.push({type:2,index:++s});i.append(d[f],R())}}}else if(i.nodeType===8)if(i.data===Ve)a.push({type:2,index:s});else{let d=-1;for(;(d=i.data.indexOf(y,d+1))!==-1;)a.push({type:7,index:s}),d+=y.length-1}s++}}static createElement(e,r){const n=k.createElement("template");return n.innerHTML=e,n}}function C(t,e,r=t,n){if(e===S)return e;let i=n!==void 0?r._$Co?.[n]:r._$Cl;const s=O(e)?void 0:e._$litDirective$;return i?.constructor!==s&&(i?._$AO?.(!1),s===void 0?i=void 0:(i=new s(t),i._$AT(t,r,n)),n!==void 0?(r._$Co??=[])[n]=i:r._$Cl=i),i!==void 0&&(e=C(t,i._$AS(t,e.values),i,n)),e}class mt{constructor(e,r){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:r},parts:n}=this._$AD,i=(e?.creationScope??k).importNode(r,!0);A.currentNode=i;let s=A.nextNode(),o=0,l=0,a=n[0];for(;a!==void 0;){if(o===a.index){let h;a.type===2?h=new T(s,s.nextSibling,this,e):a.type===1?h=new a.ctor(s,a.name,a.strings,this,e):a.type===6&&(h=new yt(s,this,e)),this._$AV.push(h),a=n[++l]}o!==a?.index&&(s=A.nextNode(),o++)}return A.currentNode=k,i}p(e){let r=0;for(const n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,r),r+=n.strings.length-2):n._$AI(e[r])),r++}}class T{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,r,n,i){this.type=2,this._$AH=p,this._$AN=void 0,this._$AA=e,this._$AB=r,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const r=this._$AM;return r!==void 0&&e?.nodeType===11&&(e=r.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,r=this){e=C(this,e,r),O(e)?e===p||e==null||e===""?(this._$AH!==p&&this._$AR(),this._$AH=p):e!==this._$AH&&e!==S&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):pt(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==p&&O(this._$AH)?this._$AA.nextSibling.data=e:this.T(k.createTextNode(e)),this._$AH=e}$(e){const{values:r,_$litType$:n}=e,i=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=N.createElement(Ie(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(r);else{const s=new mt(i,this),o=s.u(this.options);s.p(r),this.T(o),this._$AH=s}}_$AC(e){let r=Ee.get(e.strings);return r===void 0&&Ee.set(e.strings,r=new N(e)),r}k(e){he(this._$AH)||(this._$AH=[],this._$AR());const r=this._$AH;let n,i=0;for(const s of e)i===r.length?r.push(n=new T(this.O(R()),this.O(R()),this,this.options)):n=r[i],n._$AI(s),i++;i<r.length&&(this._$AR(n&&n._$AB.nextSibling,i),r.length=i)}_$AR(e=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);e!==this._$AB;){const n=we(e).nextSibling;we(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class Y{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,r,n,i,s){this.type=1,this._$AH=p,this._$AN=void 0,this.element=e,this.name=r,this._$AM=i,this.options=s,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=p}_$AI(e,r=this,n,i){const s=this.strings;let o=!1;if(s===void 0)e=C(this,e,r,0),o=!O(e)||e!==this._$AH&&e!==S,o&&(this._$AH=e);else{const l=e;let a,h;for(e=s[0],a=0;a<s.length-1;a++)h=C(this,l[n+a],r,a),h===S&&(h=this._$AH[a]),o||=!O(h)||h!==this._$AH[a],h===p?e=p:e!==p&&(e+=(h??"")+s[a+1]),this._$AH[a]=h}o&&!i&&this.j(e)}j(e){e===p?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class _t extends Y{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===p?void 0:e}}class bt extends Y{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==p)}}class gt extends Y{constructor(e,r,n,i,s){super(e,r,n,i,s),this.type=5}_$AI(e,r=this){if((e=C(this,e,r,0)??p)===S)return;const n=this._$AH,i=e===p&&n!==p||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,s=e!==p&&(n===p||i);i&&this.element.removeEventListener(this.name,this,n),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class yt{constructor(e,r,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=r,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){C(this,e)}}const fr={I:T},vt=ue.litHtmlPolyfillSupport;vt?.(N,T),(ue.litHtmlVersions??=[]).push("3.3.3");const $t=(t,e,r)=>{const n=r?.renderBefore??e;let i=n._$litPart$;if(i===void 0){const s=r?.renderBefore??null;n._$litPart$=i=new T(e.insertBefore(R(),s),s,void 0,r??{})}return i._$AI(t),i};const pe=globalThis;let E=class extends j{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=$t(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return S}};E._$litElement$=!0,E.finalized=!0,pe.litElementHydrateSupport?.({LitElement:E});const wt=pe.litElementPolyfillSupport;wt?.({LitElement:E});(pe.litElementVersions??=[]).push("4.2.2");const xt={attribute:!0,type:String,converter:B,reflect:!1,hasChanged:de},At=(t=xt,e,r)=>{const{kind:n,metadata:i}=r;let s=globalThis.litPropertyMetadata.get(i);if(s===void 0&&globalThis.litPropertyMetadata.set(i,s=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),s.set(r.name,t),n==="accessor"){const{name:o}=r;return{set(l){const a=e.get.call(this);e.set.call(this,l),this.requestUpdate(o,a,t,!0,l)},init(l){return l!==void 0&&this.C(o,void 0,t,l),l}}}if(n==="setter"){const{name:o}=r;return function(l){const a=this[o];e.call(this,l),this.requestUpdate(o,a,t,!0,l)}}throw Error("Unsupported decorator location: "+n)};function P(t){return(e,r)=>typeof r=="object"?At(t,e,r):((n,i,s)=>{const o=i.hasOwnProperty(s);return i.constructor.createProperty(s,n),o?Object.getOwnPropertyDescriptor(i,s):void 0})(t,e,r)}function We(t){return P({...t,state:!0,attribute:!1})}const kt=(t,e,r)=>(r.configurable=!0,r.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(t,e,r),r);function St(t,e){return(r,n,i)=>{const s=o=>o.renderRoot?.querySelector(t)??null;return kt(r,n,{get(){return s(this)}})}}const jt={ATTRIBUTE:1,CHILD:2},Et=t=>(...e)=>({_$litDirective$:t,values:e});let Ct=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,r,n){this._$Ct=e,this._$AM=r,this._$Ci=n}_$AS(e,r){return this.update(e,r)}update(e,r){return this.render(...r)}};const F={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Completed","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","costs.title":"Costs","costs.summary":"{cost} in total: filament {filament}, electricity {electricity}, machine {machine} · {energy} kWh, {per_job} kWh per metered job · {per_gram} per gram","costs.per_month":"Cost per month","costs.by_printer":"Cost by printer","costs.by_material":"Cost by material","costs.material":"Material","costs.expensive":"Most expensive jobs","costs.filament":"Filament","costs.electricity":"Electricity","costs.machine":"Machine","costs.unsplit":"Not split (typed by hand)","costs.total":"Cost","costs.jobs":"Jobs","costs.energy_kwh":"kWh","costs.kwh_per_job":"kWh / job","costs.kwh_per_hour":"kWh / print hour","costs.cost_per_gram":"Cost / g","costs.file":"File","costs.started":"Started","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","column.picture":"Picture","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.export":"Export CSV","jobs.export_hint":"Download the jobs the filters select as a CSV file","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.open_job":"Open {file} in the Print Log","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","maintenance.counters_value":"{hours} h · {jobs} jobs","photos.title":"Photos","photos.none":"No photos yet","photos.open":"Open the photo","photos.add":"Add a photo","photos.uploading":"Uploading…","photos.upload_failed":"The photo was not added: {error}","photos.close":"Close","photos.kind.first_layer":"First layer","photos.kind.pause":"Paused","photos.kind.end":"End","photos.kind.upload":"Added by hand","climate.title":"Enclosure climate","climate.paused":"Paused","climate.stats":"min {min} · mean {mean} · max {max} {unit}","climate.missing":"no reading for {time}","failure.spaghetti":"Spaghetti","failure.bed_adhesion":"Bed adhesion","failure.clog":"Clogged nozzle","failure.layer_shift":"Layer shift","failure.filament_runout":"Filament ran out","failure.cancelled_on_purpose":"Cancelled on purpose","failure.other":"Other","failure.unknown":"No reason given","failure.other_text":"What happened","analytics.failure_reason":"Why jobs failed","panel.files":"Files","files.search":"Search file names","files.sort":"Sort by","files.order":"Order","files.order.desc":"Highest / newest first","files.order.asc":"Lowest / oldest first","files.sort.last_start":"Last print","files.sort.prints":"Prints","files.sort.success_rate":"Success rate","files.sort.filename":"File name","files.sort.print_duration":"Print time","files.sort.filament":"Filament","files.thumbnail":"Thumbnail","files.file":"File","files.prints":"Prints","files.success_rate":"Success","files.last_result":"Last result","files.mean_time":"Mean time","files.mean_filament":"Mean filament","files.cost":"Cost","files.estimate":"Time vs. estimate","files.none":"No files match","files.range":"{from}–{to} of {total}","files.previous":"Previous page","files.next":"Next page","files.record":"File record","files.per_printer":"Per printer","files.farm":"Whole farm","files.versions":"Versions (re-slices)","files.version":"Version {n} of {count}","files.this_version":"this one","files.open_record":"File record","reprint.action":"Print again","reprint.heading":"Print again","reprint.print":"Print","reprint.copy_and_print":"Copy and print","reprint.print_anyway":"Print anyway","reprint.started":"Started on {printer}.","reprint.started_copied":"Copied from {source} and started on {printer}.","reprint.reason.printer_unknown":"This printer is not loaded.","reprint.reason.printer_offline":"The printer is offline.","reprint.reason.klippy_not_ready":"Klipper is not ready on this printer.","reprint.reason.printer_busy":"The printer is busy.","reprint.reason.file_missing":"The file is on no printer of the farm.","reprint.reason.copy_needed":"The file is not on this printer but on another one of the farm: copy it there first?","reprint.reason.model_mismatch":"The file was sliced for another printer model: print it anyway?","reprint.reason.moonraker_error":"The printer's Moonraker failed: {error}","card.show_reprint":"Offer “print again” (administrators)"},Ce=["en","de","fr","es","it","nl","pl","pt-BR"],Lt={de:()=>$(()=>import("./i18n-de-BbYUlvmv.js"),[],import.meta.url),fr:()=>$(()=>import("./i18n-fr-DTJ13bUU.js"),[],import.meta.url),es:()=>$(()=>import("./i18n-es-BJGvaZzb.js"),[],import.meta.url),it:()=>$(()=>import("./i18n-it-DtdYv1-U.js"),[],import.meta.url),nl:()=>$(()=>import("./i18n-nl-Dbiy8FfZ.js"),[],import.meta.url),pl:()=>$(()=>import("./i18n-pl-CBVzhueC.js"),[],import.meta.url),"pt-BR":()=>$(()=>import("./i18n-pt-BR-CsOlKFnR.js"),[],import.meta.url)};function G(t){if(!t)return"en";const e=t.toLowerCase().replace(/_/g,"-"),r=Ce.find(i=>i.toLowerCase()===e);if(r)return r;const n=e.split("-")[0];return n==="pt"?"pt-BR":Ce.find(i=>i===n)??"en"}let Z="en",Be=F,fe=new Intl.PluralRules("en"),ee="en";const te=new Map([["en",F]]);function br(){return Z}async function ze(t){const e=te.get(t);if(e)return e;const r=await Lt[t]();return te.set(t,r.default),r.default}async function gr(t,e){const r=G(t);let n=F,i="en";try{n=await ze(r),i=r}catch(s){console.warn(`print_logger: texts in ${r} unavailable, English shown:`,s)}return Z=i,Be=n,fe=new Intl.PluralRules(i),ee=e??i,i}const Le=new Map;function Tt(t){if(typeof t!="number")return t;const e=ee??"";let r=Le.get(e);return r||(r=new Intl.NumberFormat(ee,{maximumFractionDigits:2}),Le.set(e,r)),r.format(t)}function re(t,e,r=fe){return typeof t=="string"?t:e===void 0?t.other:t[r.select(e)]??t.other}function c(t,e){return Ze(Be,fe,t,e)}function yr(t,e,r){const n=t?G(t):Z,i=te.get(n);return!i||n===Z?c(e,r):Ze(i,new Intl.PluralRules(n),e,r)}function Ze(t,e,r,n){const i=t[r]??F[r];if(i===void 0)return r;const s=typeof n?.count=="number"?n.count:void 0,o=re(i,s,e);return n?o.replace(/\{(\w+)\}/g,(l,a)=>n[a]===void 0?l:Tt(n[a])):o}async function vr(t,e){try{return re((await ze(G(t)))[e],void 0)}catch{return re(F[e],void 0)}}const b="print_logger";function Je(t){const e={};for(const[r,n]of Object.entries(t))n==null||n===""||Array.isArray(n)&&n.length===0||(e[r]=n);return e}function $r(t){if(t&&typeof t=="object"){const e=t.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(r=>typeof r[1]=="string"))}return{}}function wr(t){if(t&&typeof t=="object"){const e=t.translation_key;if(typeof e=="string")return e}}function xr(t){if(t&&typeof t=="object"){const e=t;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof t=="string"?t:c("common.unknown_error")}const Pt=2e4,J=new Map;function qe(t,e){return{type:`${b}/${t}`,...Je(e)}}function Ar(t){const e=window.hassConnection;if(!e)return!1;for(const[r,n]of t){const i=qe(r,n),s=e.then(({conn:o})=>o.sendMessagePromise(i));s.catch(()=>{}),J.set(JSON.stringify(i),{at:Date.now(),answer:s})}return!0}function Mt(t){const e=JSON.stringify(t),r=J.get(e);if(r&&(J.delete(e),!(Date.now()-r.at>Pt)))return r.answer}class kr{constructor(e){this.hass=e}call(e,r={}){const n=qe(e,r),i=J.size?Mt(n):void 0;return i?i.catch(()=>this.hass.callWS(n)):this.hass.callWS(n)}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${b}/maintenance/tasks/create`,...e})}updateTask(e,r){return this.hass.callWS({type:`${b}/maintenance/tasks/update`,task_id:e,...r})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async exportUrl(e){const r=new URLSearchParams;for(const[s,o]of Object.entries(Je(e)))o==null||o===""||r.set(s,Array.isArray(o)?o.join(","):String(o));const n=r.toString(),{path:i}=await this.hass.callWS({type:"auth/sign_path",path:`/api/${b}/export.csv${n?`?${n}`:""}`,expires:60});return i}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,r){return(await this.hass.callWS({type:`${b}/jobs/update`,job_id:e,...r})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}listFiles(e){return this.call("files/list",e)}getFile(e){return this.call("files/get",{file_id:e})}startPrint(e,r,n=!1,i=!1){return this.call("print/start",{printer_id:e,filename:r,copy:n,confirm:i})}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,r,n){return this.call("analytics/timeseries",{...e,bucket:r,metric:n})}breakdown(e,r){return this.call("analytics/breakdown",{...e,by:r})}spoolBreakdown(e,r){return this.call("analytics/spools",{...e,by:r})}costs(e,r){return this.call("analytics/costs",{...e,by:r})}expensiveJobs(e,r=10){return this.call("analytics/expensive_jobs",{...e,limit:r})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${b}/subscribe`})}fetch(e,r={}){if(this.hass.fetchWithAuth)return this.hass.fetchWithAuth(e,r);const n=this.hass.auth?.data?.access_token,i=this.hass.auth?.data?.hassUrl??"";return fetch(i+e,{...r,headers:{...r.headers??{},...n?{Authorization:`Bearer ${n}`}:{}}})}async thumbnail(e){const r=await this.fetch(`/api/${b}/jobs/${encodeURIComponent(e)}/thumbnail`);if(r.status===404)return null;if(!r.ok)throw new Error(`thumbnail: HTTP ${r.status}`);return r.blob()}async photo(e,r=!1){const n=r?"?size=thumb":"",i=await this.fetch(`/api/${b}/photos/${encodeURIComponent(e)}${n}`);if(i.status===404)return null;if(!i.ok)throw new Error(`photo: HTTP ${i.status}`);return i.blob()}async uploadPhoto(e,r){const n=new FormData;n.append("file",r,r instanceof File?r.name:"photo.jpg");const i=await this.fetch(`/api/${b}/jobs/${encodeURIComponent(e)}/photos`,{method:"POST",body:n}),s=await i.json().catch(()=>({}));if(!i.ok||!s.photo){const o=s.errors?Object.values(s.errors).join("; "):"";throw new Error(o||s.message||`HTTP ${i.status}`)}return s.photo}async deletePhoto(e){return(await this.call("photos/delete",{photo_id:e})).deleted}}class Sr{get active(){return this.pending!==void 0}start(e,r,n){this.stop(),this.pending=e.subscribe(r).catch(i=>{n?.(i)})}stop(){const e=this.pending;this.pending=void 0,e?.then(r=>r?.()).catch(()=>{})}}const Ht=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function Rt(t){try{const e=new Intl.Locale(t??"en"),r=e.getWeekInfo?.()??e.weekInfo;if(r&&r.firstDay>=1&&r.firstDay<=7)return r.firstDay-1}catch{}return 0}function jr(t){const e=t?.locale?.language||t?.language||void 0;let r=e;switch(t?.locale?.number_format){case"comma_decimal":r="en-US";break;case"decimal_comma":r="de-DE";break;case"space_comma":r="fr-FR";break;case"system":r=void 0;break}const n=t?.locale?.time_format,i=n==="12"?!0:n==="24"?!1:void 0,s=t?.locale?.time_zone==="server"&&t.config?.time_zone?t.config.time_zone:void 0,o=Ht.indexOf(t?.locale?.first_weekday??""),l=o>=0?o:Rt(e);return{numberLocale:r,dateLocale:e,timeZone:s,hour12:i,currency:t?.config?.currency,language:G(e),firstWeekday:l}}const Te=new Map,Pe=new Map;function Ke(t,e){const r=JSON.stringify([t??null,e]);let n=Te.get(r);return n||(n=new Intl.NumberFormat(t,e),Te.set(r,n)),n}function ne(t,e){const r=JSON.stringify([t??null,e]);let n=Pe.get(r);return n||(n=new Intl.DateTimeFormat(t,e),Pe.set(r,n)),n}function _(t,e,r=0){return t==null||!Number.isFinite(t)?"—":Ke(e.numberLocale,{maximumFractionDigits:r,minimumFractionDigits:0}).format(t)}function Ot(t,e){return t==null||!Number.isFinite(t)?"—":`${_(t,e,1)} %`}function q(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return Ke(e.numberLocale,{style:"currency",currency:e.currency}).format(t)}catch{}return _(t,e,2)}function ie(t,e){return c(`unit.${e}`,{n:t})}function U(t,e,r,n=0){return t==null||!Number.isFinite(t)?"—":ie(_(t,r,n),e)}function Er(t){if(t==null||!Number.isFinite(t)||t<0)return"—";const e=Math.round(t);if(e<60)return ie(String(e),"seconds");const r=Math.floor(e/60);if(r<60)return ie(String(r),"minutes");const n=Math.floor(r/60),i=r%60;if(n<24)return c("duration.hours_minutes",{h:String(n),min:String(i).padStart(2,"0")});const s=Math.floor(n/24);return c("duration.days_hours",{d:String(s),h:String(n%24)})}function X(t,e,r=1){return t>=1e3?U(t/1e3,"kilograms",e,2):U(t,"grams",e,r)}function Nt(t,e,r){return t!=null&&Number.isFinite(t)&&t>0?X(t,r):e!=null&&Number.isFinite(e)&&e>0?U(e/1e3,"metres",r,2):"—"}function Cr(t,e,r=!0,n=new Date){if(!t)return"—";const i=new Date(t);if(Number.isNaN(i.getTime()))return"—";const s=ne("en",{year:"numeric",timeZone:e.timeZone}),o=s.format(i)===s.format(n);return ne(e.dateLocale,{year:r||!o?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(i)}const Ut={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function se(t){const e=Ut[t];return e?c(e):t.replace(/_/g," ")}function Vt(t){return t==="completed"?"ok":t==="cancelled"?"warn":t==="in_progress"?"active":"error"}function Ft(t){return m`<span class=${`chip status-${Vt(t)}`}>${se(t)}</span>`}function oe(t,e){if(!e)return-t.getTimezoneOffset()*6e4;const r=ne("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(t),n=s=>Number(r.find(o=>o.type===s)?.value??0);return Date.UTC(n("year"),n("month")-1,n("day"),n("hour"),n("minute"),n("second"))-Math.floor(t.getTime()/1e3)*1e3}function Me(t,e,r){const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim());if(!n)return;const i=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!i)return;const[s,o,l,a,h]=[n[1],n[2],n[3],i[1],i[2]].map(Number),u=Date.UTC(s,o-1,l,a,h),d=new Date(u);if(Number.isNaN(u)||d.getUTCMonth()!==o-1||d.getUTCDate()!==l||a>23||h>59)return;let f=u-oe(new Date(u),r);return f=u-oe(new Date(f),r),new Date(f).toISOString()}function Lr(t,e){return new Date(t.getTime()+oe(t,e)).toISOString().slice(0,10)}function ae(t){if(!t)return;const e=t.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function Dt(t){const e=new Set;for(const r of t.split(/[,;]/)){const n=r.trim();n&&e.add(n)}return[...e]}const It=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function Ye(t){return t.replace(It,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function Tr(t){return m`<bdi class="fname" dir="auto">${Ye(t)}</bdi>`}var Pr="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Mr="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Hr="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",Wt="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Rr="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Or="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",Nr="M4 4V22H20V24H4C2.9 24 2 23.1 2 22V4H4M15 7H20.5L15 1.5V7M8 0H16L22 6V18C22 19.11 21.11 20 20 20H8C6.89 20 6 19.1 6 18V2C6 .89 6.89 0 8 0M17 16V14H8V16H17M20 12V10H8V12H20Z",Ur="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Vr="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Fr="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Dr="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Bt="M19,6A1,1 0 0,0 20,5A1,1 0 0,0 19,4A1,1 0 0,0 18,5A1,1 0 0,0 19,6M19,2A3,3 0 0,1 22,5V11H18V7H6V11H2V5A3,3 0 0,1 5,2H19M18,18.25C18,18.63 17.79,18.96 17.47,19.13L12.57,21.82C12.4,21.94 12.21,22 12,22C11.79,22 11.59,21.94 11.43,21.82L6.53,19.13C6.21,18.96 6,18.63 6,18.25V13C6,12.62 6.21,12.29 6.53,12.12L11.43,9.68C11.59,9.56 11.79,9.5 12,9.5C12.21,9.5 12.4,9.56 12.57,9.68L17.47,12.12C17.79,12.29 18,12.62 18,13V18.25M12,11.65L9.04,13L12,14.6L14.96,13L12,11.65M8,17.66L11,19.29V16.33L8,14.71V17.66M16,17.66V14.71L13,16.33V19.29L16,17.66Z",Ir="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Wr="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Br="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",zr="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",Zr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Ge(t,e){return e?m`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${e}><path d=${t}></path></svg>`:m`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${t}></path></svg>`}const zt=V`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`,Zt=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],He=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Jr=Zt.filter(t=>t!=="in_progress"),qr=["spaghetti","bed_adhesion","clog","layer_shift","filament_runout","cancelled_on_purpose","other"],Kr=["last_start","prints","success_rate","filename","print_duration","filament"],Jt={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:""},qt=[{value:"",get label(){return c("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(t=>({value:t,get label(){return t==="failed"?c("filter.failed_any"):se(t)},statuses:t==="failed"?[...He]:[t]})),...He.map(t=>({value:`only:${t}`,get label(){return`— ${se(t)}`},statuses:[t]}))];function Kt(t,e){const r={};t.printer&&(r.printer_ids=[t.printer]);const n=qt.find(l=>l.value===t.status)?.statuses??[];n.length&&(r.statuses=[...n]);const i=t.since?Me(t.since,"00:00",e):void 0;if(i&&(r.since=i),t.until){const l=new Date(`${t.until}T00:00:00Z`);if(!Number.isNaN(l.getTime())){l.setUTCDate(l.getUTCDate()+1);const a=Me(l.toISOString().slice(0,10),"00:00",e);a&&(r.until=a)}}t.q.trim()&&(r.q=t.q.trim()),t.filament.trim()&&(r.filament_type=t.filament.trim());const s=Dt(t.tags);s.length&&(r.tags=s);const o=/^id:(\d{1,9})$/.exec(t.spool??"");return o?r.spool_id=Number(o[1]):t.spool?.startsWith("vendor:")&&t.spool.length>7&&(r.spool_vendor=t.spool.slice(7)),r}function Yt(t){const e={};return t.printer_ids&&(e.printer_ids=t.printer_ids),t.statuses&&(e.statuses=t.statuses),t.since&&(e.since=t.since),t.until&&(e.until=t.until),t.q&&(e.q=t.q),t.filament_type&&(e.filament_type=t.filament_type),t.tags&&(e.tags=t.tags),t.min_duration!==void 0&&(e.min_duration=t.min_duration),t.max_duration!==void 0&&(e.max_duration=t.max_duration),t.spool_id!==void 0&&(e.spool_id=t.spool_id),t.spool_vendor&&(e.spool_vendor=t.spool_vendor),e}const Gt="start",Xt="desc",Qt=50;function Yr(){const t=Kt(Jt,void 0);return[["printers/list",{}],["jobs/list",{...t,sort:Gt,order:Xt,limit:Qt,cursor:null}],["analytics/summary",Yt(t)]]}function Gr(t){const e=t.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const er=["standby","printing","paused","complete","cancelled","error"];function Xr(t){if(!t.online)return c("printer.offline");const e=t.print_state||"standby",r=`printer.${e}`;return er.includes(e)?c(r):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function Qr(t,e){if(e.type==="printer")return t.some(n=>n.id===e.printer.id)?t.map(n=>n.id===e.printer.id?e.printer:n):[...t,e.printer];if(e.type==="job_changed"){const r=e.job;return t.map(n=>n.id!==r.printer_id?n:r.status==="in_progress"?{...n,current_job:r}:n.current_job?.id===r.id?{...n,current_job:null}:n)}return t}function tr(t,e){if(t.status!=="in_progress")return!1;const r=e.find(n=>n.id===t.printer_id);return!!r&&r.online&&r.print_state==="paused"&&r.current_job?.id===t.id}function en(t,e){return tr(t,e)?m`<span class="chip status-warn" data-paused>${c("printer.paused")}</span>`:Ft(t.status)}function tn(t){return t.end_photo_id?`p:${t.end_photo_id}`:t.has_thumbnail?`t:${t.id}`:""}const rr=300,x=new Map;function Re(t,e){for(x.delete(t),x.set(t,e);x.size>rr;){const[r,n]=x.entries().next().value;x.delete(r),n.then(i=>i&&URL.revokeObjectURL(i))}}function nr(t,e){const r=x.get(e);if(r)return Re(e,r),r;const n=e.slice(2),s=(e.startsWith("p:")?t.photo(n,!0):t.thumbnail(n)).then(o=>o?URL.createObjectURL(o):null,()=>(x.delete(e),null));return Re(e,s),s}var ir=Object.defineProperty,me=(t,e,r,n)=>{for(var i=void 0,s=t.length-1,o;s>=0;s--)(o=t[s])&&(i=o(e,r,i)||i);return i&&ir(e,r,i),i};const _e=class _e extends E{constructor(){super(...arguments),this.key="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(e=>{this.visible=e.some(r=>r.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect()}updated(e){e.has("key")&&this.loaded!==this.key&&(this.url=void 0,this.loaded="",this.visible&&this.load())}async load(){const e=this.key;if(!this.api||!e||this.loaded===e)return;this.loaded=e;const r=await nr(this.api,e);this.key===e&&(this.url=r)}render(){return this.url?m`<img src=${this.url} alt="" data-loaded=${this.key} />`:this.url===null||!this.key?Ge(Bt):m``}};_e.styles=V`
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: var(--pl-thumb-width, 40px);
      height: var(--pl-thumb-height, 30px);
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
      color: var(--disabled-text-color, #9e9e9e);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    svg {
      width: 60%;
      height: 60%;
      fill: currentColor;
    }
  `;let L=_e;me([P({attribute:!1})],L.prototype,"api");me([P({reflect:!0})],L.prototype,"key");me([We()],L.prototype,"url");Oe("pl-photo-thumb",L);function Xe(t){const e=[t.vendor,t.filament_name].filter(Boolean).join(" ");return e?`#${t.spool_id} ${e}`:`#${t.spool_id}`}function Qe(t){const e=(t.multi_color_hexes??"").split(",").map(r=>ae(r)).filter(r=>!!r);if(e.length>1){const r=100/e.length;return`linear-gradient(90deg, ${e.map((n,i)=>`${n} ${i*r}% ${(i+1)*r}%`).join(", ")})`}return ae(t.color_hex)}function rn(t,e){return t?.length?m`<span class="spools" data-spools=${t.map(r=>r.spool_id).join(",")}>
    ${t.map(r=>{const n=Qe(r),i=r.weight_g!==void 0?X(r.weight_g,e,1):"",s=[Xe(r),r.material,i].filter(Boolean).join(" · ");return m`<span class="spool-chip" title=${s} aria-label=${s}>
        <span class="spool-dot" style=${n?`background:${n}`:""}></span>${r.filament_name??`#${r.spool_id}`}
      </span>`})}
  </span>`:p}function nn(t,e,r){return m`<table class="spool-table">
    <thead>
      <tr>
        <th>${c("spools.spool")}</th>
        <th>${c("spools.material")}</th>
        <th class="num">${c("spools.length")}</th>
        <th class="num">${c("spools.weight")}</th>
        <th class="num">${c("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${t.map(n=>{const i=Qe(n);return m`<tr data-spool-id=${n.spool_id}>
          <td><span class="spool-dot" style=${i?`background:${i}`:""}></span> ${Xe(n)}</td>
          <td>${n.material??"—"}</td>
          <td class="num">${_(n.length_mm/1e3,r,2)} m</td>
          <td class="num">${n.weight_g!==void 0?X(n.weight_g,r,1):"—"}</td>
          <td class="num">${q(n.cost??null,r)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${c("spools.filament_cost")}</td>
        <td class="num">${q(e,r)}</td>
      </tr>
    </tfoot>
  </table>`}function sn(t,e,r){return t.map(n=>{const i={key:n.key===null?"":String(n.key),label:n.key===null?c("common.unknown"):n.label,value:n.filament_g,display:X(n.filament_g,e,0),note:[c("common.n_jobs",{count:n.jobs,n:_(n.jobs,e)}),n.cost!==null?q(n.cost,e):""].filter(Boolean).join(" · ")},s=r?ae(n.color_hex):void 0;return s&&(i.colour=s),i})}const on=V`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;var sr=Object.defineProperty,D=(t,e,r,n)=>{for(var i=void 0,s=t.length-1,o;s>=0;s--)(o=t[s])&&(i=o(e,r,i)||i);return i&&sr(e,r,i),i};const be=class be extends E{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return m`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${c("common.close")} @click=${this.close}>${Ge(Wt)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${e=>this.hasActions=e.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(e){!e.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=or(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(e){e.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,tt(this,"closed")}};be.styles=[zt,V`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let v=be;D([P()],v.prototype,"heading");D([P({type:Boolean,reflect:!0})],v.prototype,"open");D([P({type:Boolean})],v.prototype,"wide");D([St("dialog")],v.prototype,"dialog");D([We()],v.prototype,"hasActions");function or(){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}Oe("pl-dialog",v);function an(t,e){return[{id:"jobs",label:c("kpi.jobs"),value:_(t.jobs,e),sub:c("kpi.jobs_sub",{completed:_(t.completed,e),failed:_(t.failed,e),cancelled:_(t.cancelled,e)})},{id:"success_rate",label:c("kpi.success_rate"),value:Ot(t.success_rate,e),sub:t.in_progress?c("kpi.printing_now",{count:t.in_progress,n:_(t.in_progress,e)}):void 0},{id:"print_hours",label:c("kpi.print_time"),value:U(t.print_hours,"hours",e,1),sub:t.avg_print_hours!==null&&t.avg_print_hours!==void 0?c("kpi.hours_per_job",{hours:_(t.avg_print_hours,e,2)}):void 0},{id:"filament",label:c("kpi.filament"),value:Nt(t.filament_g,t.filament_mm,e),sub:t.filament_mm?U(t.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:c("kpi.cost"),value:q(t.cost,e)}]}const et="important",ar=" !"+et,lr=Et(class extends Ct{constructor(t){if(super(t),t.type!==jt.ATTRIBUTE||t.name!=="style"||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,r)=>{const n=t[r];return n==null?e:e+`${r=r.includes("-")?r:r.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${n};`},"")}update(t,[e]){const{style:r}=t.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const n of this.ft)e[n]==null&&(this.ft.delete(n),n.includes("-")?r.removeProperty(n):r[n]=null);for(const n in e){const i=e[n];if(i!=null){this.ft.add(n);const s=typeof i=="string"&&i.endsWith(ar);n.includes("-")||s?r.setProperty(n,s?i.slice(0,-11):i,s?et:""):r[n]=i}}return S}});function ln(t){return Math.round(t.progress*100)}function cn(t){return cr(t.progress,c("live.progress_of",{file:Ye(t.filename)}))}function cr(t,e,r){const n=Math.min(Math.max(t,0),1);return m`<div
    class="progress ${r??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(n*100)}
  >
    <div style=${lr({width:`${Math.round(n*1e3)/10}%`})}></div>
  </div>`}const dn=V`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;export{Xr as $,p as A,Hr as B,tn as C,Tr as D,Jt as E,Gt as F,Fr as G,Zr as H,q as I,ae as J,rn as K,Jr as L,Me as M,Dt as N,E as O,zt as P,Wr as Q,Br as R,qt as S,P as T,We as U,Lr as V,se as W,an as X,on as Y,Ir as Z,dn as _,xr as a,Gr as a0,cn as a1,ln as a2,Sr as a3,kr as a4,jr as a5,br as a6,gr as a7,Qr as a8,Vr as a9,zr as aa,Nr as ab,Pr as ac,yr as ad,X as ae,Bt as af,Ar as ag,Yr as ah,vr as ai,_ as aj,Ot as ak,Ft as al,Kr as am,U as an,lr as ao,rt as ap,St as aq,sn as ar,cr as as,wr as at,pr as au,nn as av,$r as b,Ge as c,Or as d,Et as e,Rr as f,m as g,Dr as h,Ct as i,fr as j,Xt as k,c as l,Ur as m,Qt as n,Kt as o,Yt as p,V as q,S as r,Ye as s,jt as t,qr as u,en as v,Cr as w,Er as x,Nt as y,Mr as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
